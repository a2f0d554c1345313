package ca.relais.client.ui.call;

import ca.relais.api.CatalogueDto;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.TextFolding;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A request type offered by the picker, with its folded search text in both languages. */
public record TypeChoice(CatalogueDto.ServiceDto type, LocalizedText name, LocalizedText group, String folded,
                         String foldedNames) {

    static TypeChoice of(CatalogueDto.ServiceDto type, CatalogueDto.GroupDto group) {
        LocalizedText groupName = group == null ? new LocalizedText(type.group(), type.group())
                : new LocalizedText(group.nameFr(), group.nameEn());
        String names = TextFolding.fold(type.serviceName() + " | " + type.serviceNameEn());
        String all = Stream.concat(Stream.of(type.serviceName(), type.serviceNameEn(), groupName.fr(), groupName.en(),
                        type.serviceCode()), type.keywords().stream())
                .map(TextFolding::fold).collect(Collectors.joining(" | "));
        return new TypeChoice(type, new LocalizedText(type.serviceName(), type.serviceNameEn()), groupName, all,
                names);
    }

    public String code() {
        return type.serviceCode();
    }
}
