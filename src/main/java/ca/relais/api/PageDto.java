package ca.relais.api;

import java.util.List;

/** The list shape of every collection: a page of items, the cursor of the next page, and the total matching. */
public record PageDto<T>(List<T> items, String nextCursor, long total) {
}
