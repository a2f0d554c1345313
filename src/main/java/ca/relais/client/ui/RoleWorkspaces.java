package ca.relais.client.ui;

import ca.relais.api.CatalogueDto;
import ca.relais.api.PresenceDto;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.sync.OmbudsmanClient;
import ca.relais.client.sync.ReportsClient;
import ca.relais.client.sync.SupervisionClient;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.ui.call.CallViewModel;
import ca.relais.client.ui.common.FxTimer;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.dashboard.CodeNames;
import ca.relais.client.ui.dashboard.DashboardSource;
import ca.relais.client.ui.dashboard.DashboardView;
import ca.relais.client.ui.dashboard.DashboardViewModel;
import ca.relais.client.ui.main.CallActivity;
import ca.relais.client.ui.main.MainView;
import ca.relais.client.ui.main.PresenceMenu;
import ca.relais.client.ui.main.PresenceViewModel;
import ca.relais.client.ui.main.Workspace;
import ca.relais.client.ui.ombudsman.CaseSource;
import ca.relais.client.ui.ombudsman.OmbudsmanView;
import ca.relais.client.ui.ombudsman.OmbudsmanViewModel;
import ca.relais.client.ui.reports.ReportSource;
import ca.relais.client.ui.reports.ReportView;
import ca.relais.client.ui.reports.ReportViewModel;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The supervision screens each role gets beside the call screen: the live dashboard (supervisor, admin), the
 * accountability report (supervisor, admin, ombudsman), the ombudsman's case search (ombudsman); and the presence
 * the workstations of agents, secretariats and supervisors report.
 */
final class RoleWorkspaces {
    static final String DASHBOARD = "dashboard";
    static final String REPORT = "report";
    static final String OMBUDSMAN = "ombudsman";

    private RoleWorkspaces() {
    }

    /** Adds the screens of the signed-in user's roles; returns the one to open at sign-in, or null (the call screen). */
    static String install(MainView view, WorkstationSession session, CallViewModel call, CatalogueDto catalogue,
                          I18n i18n, UiExecutors appExecutors) {
        UiExecutors executors = untilClosed(appExecutors);
        List<String> roles = session.user().roles();
        boolean supervisor = roles.contains("supervisor") || roles.contains("admin");
        boolean ombudsman = roles.contains("ombudsman");
        CodeNames names = new CodeNames(i18n, catalogue);
        String first = null;
        if (supervisor) {
            DashboardViewModel vm = new DashboardViewModel(DashboardSource.of(new SupervisionClient(session.api(),
                    session.sync()::token)), executors, new FxTimer(), true);
            DashboardView dashboard = new DashboardView(vm, i18n, names);
            view.addWorkspace(new Workspace(DASHBOARD, "dashboard.open", Material2AL.DASHBOARD, "shortcuts.dashboard",
                    ctrlShift(KeyCode.M), dashboard, dashboard::shown, dashboard::setOnBack));
            session.sync().addListener(status -> {
                if (status.state() == ConnectionState.ONLINE) {
                    Platform.runLater(vm::serverChanged);
                }
            });
            first = roles.contains("supervisor") ? DASHBOARD : null;
        }
        if (supervisor || ombudsman) {
            ReportView report = new ReportView(new ReportViewModel(ReportSource.of(new ReportsClient(session.api(),
                    session.sync()::token)), executors, Clock.systemUTC()), i18n, names);
            view.addWorkspace(new Workspace(REPORT, "report.open", Material2AL.ASSESSMENT, "shortcuts.report",
                    ctrlShift(KeyCode.Y), report, report::shown, report::setOnBack));
        }
        if (ombudsman) {
            OmbudsmanView cases = new OmbudsmanView(new OmbudsmanViewModel(CaseSource.of(new OmbudsmanClient(
                    session.api(), session.sync()::token)), executors), i18n, names);
            view.addWorkspace(new Workspace(OMBUDSMAN, "ombudsman.open", Material2MZ.POLICY, "shortcuts.ombudsman",
                    ctrlShift(KeyCode.O), cases, cases::shown, cases::setOnBack));
            first = OMBUDSMAN;
        }
        if (roles.contains("agent") || roles.contains("secretariat") || roles.contains("supervisor")) {
            reportPresence(view, session, call, i18n, executors);
        }
        return first;
    }

    private static void reportPresence(MainView view, WorkstationSession session, CallViewModel call, I18n i18n,
                                       UiExecutors executors) {
        SupervisionClient client = new SupervisionClient(session.api(), session.sync()::token);
        PresenceViewModel presence = new PresenceViewModel(client::reportPresence, executors, Clock.systemUTC());
        presence.onCallProperty().bind(CallActivity.inProgress(call));
        view.addToHeader(new PresenceMenu(presence, i18n), "shortcuts.away", ctrlShift(KeyCode.P),
                () -> presence.awayProperty().set(!presence.awayProperty().get()
                        && !PresenceDto.ON_CALL.equals(presence.stateProperty().get())));
        session.sync().addListener(status -> {
            if (status.state() == ConnectionState.ONLINE) {
                Platform.runLater(presence::online);
            }
        });
        presence.start();
    }

    /**
     * The application's executors, except that work asked for once the workstation is closing (a timer or a late
     * synchronisation status after sign-out) is dropped instead of failing on the stopped thread pool.
     */
    private static UiExecutors untilClosed(UiExecutors executors) {
        return new UiExecutors(task -> {
            try {
                executors.background().execute(task);
            } catch (RejectedExecutionException closing) {
                // the workstation is closing: nothing to refresh or report any more
            }
        }, executors.ui());
    }

    private static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
