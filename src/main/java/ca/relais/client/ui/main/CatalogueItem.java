package ca.relais.client.ui.main;

import ca.relais.api.CatalogueDto;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.TextFolding;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A request type as the main window lists it, with a folded text for accent-insensitive search. */
public record CatalogueItem(CatalogueDto.ServiceDto type, LocalizedText name, LocalizedText group,
                            LocalizedText department, String searchText) {

    static CatalogueItem of(CatalogueDto.ServiceDto type, CatalogueDto.GroupDto group,
                            CatalogueDto.DepartmentDto department) {
        LocalizedText groupName = group == null ? new LocalizedText(type.group(), type.group())
                : new LocalizedText(group.nameFr(), group.nameEn());
        LocalizedText departmentName = department == null ? new LocalizedText(type.department(), type.department())
                : new LocalizedText(department.nameFr(), department.nameEn());
        String search = Stream.concat(
                        Stream.of(type.serviceCode(), type.serviceName(), type.serviceNameEn(), groupName.fr(),
                                groupName.en(), type.department()),
                        type.keywords() == null ? Stream.empty() : type.keywords().stream())
                .map(TextFolding::fold)
                .collect(Collectors.joining(" | "));
        return new CatalogueItem(type, new LocalizedText(type.serviceName(), type.serviceNameEn()), groupName,
                departmentName, search);
    }

    /** True when every word of the folded query appears somewhere in the type's texts. */
    boolean matches(String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return true;
        }
        for (String word : foldedQuery.split(" ")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
