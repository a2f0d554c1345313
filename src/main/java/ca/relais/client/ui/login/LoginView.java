package ca.relais.client.ui.login;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.LanguageSwitch;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The sign-in card. It only binds controls to {@link LoginViewModel}. */
public final class LoginView extends StackPane {
    private final TextField username = new TextField();

    public LoginView(LoginViewModel vm, I18n i18n) {
        getStyleClass().add("login-root");

        FontIcon logo = new FontIcon(Material2AL.HEADSET_MIC);
        logo.getStyleClass().add("brand-icon");
        Label name = new Label();
        name.textProperty().bind(i18n.bind("app.name"));
        name.getStyleClass().addAll(Styles.TITLE_1, "brand-name");
        Label tagline = new Label();
        tagline.textProperty().bind(i18n.bind("app.tagline"));
        tagline.getStyleClass().add(Styles.TEXT_MUTED);
        VBox brandText = new VBox(2, name, tagline);
        HBox brand = new HBox(12, logo, brandText);
        brand.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("login.heading"));
        heading.getStyleClass().add(Styles.TITLE_3);

        username.setId("username");
        username.textProperty().bindBidirectional(vm.usernameProperty());
        username.promptTextProperty().bind(i18n.bind("login.username.prompt"));
        Label usernameLabel = fieldLabel(i18n, "login.username", username);
        username.accessibleTextProperty().bind(i18n.bind("login.username"));

        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label passwordLabel = fieldLabel(i18n, "login.password", password);
        password.accessibleTextProperty().bind(i18n.bind("login.password"));

        Label error = new Label();
        error.setId("login-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, "login-error");
        error.textProperty().bind(i18n.bind(vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Button signIn = new Button();
        signIn.setId("sign-in");
        signIn.setGraphic(new FontIcon(Material2AL.LOGIN));
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.textProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty())
                .then(i18n.bind("login.signingIn")).otherwise(i18n.bind("login.signIn")));
        signIn.disableProperty().bind(vm.busyProperty());
        signIn.accessibleTextProperty().bind(signIn.textProperty());
        signIn.setOnAction(e -> vm.signIn());
        HBox.setHgrow(signIn, Priority.ALWAYS);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        HBox actions = new HBox(10, signIn, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label server = new Label();
        server.setId("login-server");
        server.textProperty().bind(i18n.bind("login.server", vm.serverLabel()));
        server.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        server.setWrapText(true);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, server, spacer, new LanguageSwitch(i18n));
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, brand, heading, usernameLabel, username, passwordLabel, password, error, actions,
                footer);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(440);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        VBox.setMargin(heading, new javafx.geometry.Insets(12, 0, 0, 0));
        VBox.setMargin(actions, new javafx.geometry.Insets(8, 0, 0, 0));
        VBox.setMargin(footer, new javafx.geometry.Insets(12, 0, 0, 0));
        getChildren().add(card);
        setAlignment(card, Pos.CENTER);
    }

    private static Label fieldLabel(I18n i18n, String key, javafx.scene.Node field) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** Puts the caret in the username field, where every sign-in starts. */
    public void focusFirstField() {
        username.requestFocus();
    }
}
