package ca.relais.client.store;

import ca.relais.api.KbArticleDto;
import java.util.List;

/**
 * What one committed local transaction changed in the mirrored knowledge base: articles to (re)index, ids to drop
 * (deleted or retired), or everything forgotten before a full resynchronisation.
 */
public record ArticleChanges(List<KbArticleDto> upserted, List<String> removed, boolean cleared) {
    public ArticleChanges {
        upserted = List.copyOf(upserted);
        removed = List.copyOf(removed);
    }

    static ArticleChanges clearedAll() {
        return new ArticleChanges(List.of(), List.of(), true);
    }

    public boolean isEmpty() {
        return upserted.isEmpty() && removed.isEmpty() && !cleared;
    }
}
