package ca.relais.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/catalogue}: the usual list shape ({@code items}, {@code next_cursor}, {@code total})
 * plus the departments and groups the entries refer to, and the current routing rules.
 */
public record CatalogueDto(String jurisdictionId, List<ServiceDto> items, String nextCursor, int total,
                           List<DepartmentDto> departments, List<GroupDto> groups, RoutingDto routing) {

    /** A catalogue without routing rules (the department of each type is then its default). */
    public CatalogueDto(String jurisdictionId, List<ServiceDto> items, String nextCursor, int total,
                        List<DepartmentDto> departments, List<GroupDto> groups) {
        this(jurisdictionId, items, nextCursor, total, departments, groups, null);
    }

    public CatalogueDto withRouting(RoutingDto rules) {
        return new CatalogueDto(jurisdictionId, items, nextCursor, total, departments, groups, rules);
    }

    /** A request type in Open311 form, with Relais's own fields. */
    public record ServiceDto(String serviceCode, String serviceName, String serviceNameEn, String group,
                             List<String> keywords, String description, String descriptionEn, boolean metadata,
                             String type, List<AttributeDto> attributes, String department, int slaHours,
                             String slaCalendar, List<String> natures, String defaultNature, int priority,
                             int duplicateRadiusM, boolean locationRequired, List<String> lines,
                             List<NoticeDto> notices) {
        public ServiceDto {
            keywords = keywords == null ? List.of() : keywords;
            attributes = attributes == null ? List.of() : attributes;
            natures = natures == null ? List.of() : natures;
            lines = lines == null ? List.of() : lines;
            notices = notices == null ? List.of() : notices;
        }
    }

    /** An Open311 attribute. */
    public record AttributeDto(String code, String datatype, boolean required, String description,
                               String descriptionEn, int order, boolean variable, List<ValueDto> values) {
        public AttributeDto {
            values = values == null ? List.of() : values;
        }
    }

    /** One choice of a list attribute. */
    public record ValueDto(String key, String name, String nameEn) {
    }

    /** A notice shown to agents when they pick the type. */
    public record NoticeDto(String fr, String en) {
    }

    /** A department or borough secretariat. */
    public record DepartmentDto(String code, String nameFr, String nameEn, String phoneExtension,
                                @JsonProperty("open_24_7") boolean open247, String borough) {
    }

    /** A group of request types. */
    public record GroupDto(String code, String nameFr, String nameEn) {
    }
}
