package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.api.CatalogueDto;
import ca.relais.client.ui.common.I18n;
import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The selected request type's card: description, department, target, natures, attributes and notices. */
final class RequestTypeDetail extends ScrollPane {
    private final VBox content = new VBox(8);
    private final MainViewModel vm;
    private final I18n i18n;

    RequestTypeDetail(MainViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("type-detail");
        setFitToWidth(true);
        content.getStyleClass().add("type-detail");
        content.setPadding(new Insets(16));
        setContent(content);
        vm.selectedProperty().addListener((obs, old, now) -> render());
        i18n.localeProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        content.getChildren().clear();
        CatalogueItem item = vm.selectedProperty().get();
        if (item == null) {
            Label none = new Label(i18n.get("catalogue.detail.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            content.getChildren().add(none);
            return;
        }
        CatalogueDto.ServiceDto type = item.type();
        boolean en = i18n.isEnglish();
        Label title = wrapped(item.name().in(i18n.locale()), Styles.TITLE_3);
        title.setId("type-detail-title");
        Label code = wrapped(i18n.get("catalogue.detail.code", type.serviceCode()) + " · "
                + item.group().in(i18n.locale()), Styles.TEXT_MUTED);
        Label description = wrapped(en ? type.descriptionEn() : type.description(), null);
        content.getChildren().addAll(title, code, description);

        section("catalogue.detail.department");
        content.getChildren().add(wrapped(item.department().in(i18n.locale()), null));
        section("catalogue.detail.sla");
        String sla = "CONTINUOUS".equals(type.slaCalendar())
                ? i18n.get("catalogue.sla.hours", type.slaHours()) + " · " + i18n.get("catalogue.sla.continuous")
                : i18n.get("catalogue.sla.hours", type.slaHours());
        content.getChildren().add(wrapped(sla, null));
        section("catalogue.detail.natures");
        content.getChildren().add(wrapped(type.natures().stream().map(n -> i18n.get("nature." + n))
                .collect(Collectors.joining(", ")), null));

        section("catalogue.detail.attributes");
        if (type.attributes().isEmpty()) {
            content.getChildren().add(wrapped(i18n.get("catalogue.detail.noAttributes"), Styles.TEXT_MUTED));
        }
        type.attributes().stream().sorted(Comparator.comparingInt(CatalogueDto.AttributeDto::order)).forEach(a -> {
            String text = "• " + (en ? a.descriptionEn() : a.description()) + " — " + i18n.get("datatype."
                    + a.datatype()) + (a.required() ? " (" + i18n.get("catalogue.detail.required") + ")" : "");
            content.getChildren().add(wrapped(text, null));
        });

        if (type.notices() != null && !type.notices().isEmpty()) {
            section("catalogue.detail.notices");
            type.notices().forEach(n -> {
                Label notice = wrapped(en ? n.en() : n.fr(), Styles.WARNING);
                notice.setGraphic(new FontIcon(Material2AL.INFO));
                content.getChildren().add(notice);
            });
        }
    }

    private void section(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "detail-section");
        content.getChildren().add(label);
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
