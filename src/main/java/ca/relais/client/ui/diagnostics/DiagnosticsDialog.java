package ca.relais.client.ui.diagnostics;

import ca.relais.client.ui.common.I18n;
import java.io.File;
import java.nio.file.Files;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Help → Diagnostics: asks where to write the bundle (the data folder first), then says where it went. */
public final class DiagnosticsDialog {
    private DiagnosticsDialog() {
    }

    public static void open(Window owner, DiagnosticsViewModel vm, I18n i18n) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("diagnostics.choose"));
        if (Files.isDirectory(vm.defaultFolder())) {
            chooser.setInitialDirectory(vm.defaultFolder().toFile());
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return;
        }
        ChangeListener<Boolean> whenDone = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    vm.busyProperty().removeListener(this);
                    Alert alert = new Alert(vm.writtenProperty().get() != null ? Alert.AlertType.INFORMATION
                            : Alert.AlertType.ERROR);
                    alert.initOwner(owner);
                    alert.setTitle(i18n.get("help.diagnostics"));
                    alert.setHeaderText(null);
                    alert.setContentText(i18n.get(vm.messageProperty().get()));
                    alert.show();
                }
            }
        };
        vm.busyProperty().addListener(whenDone);
        vm.export(folder.toPath());
    }
}
