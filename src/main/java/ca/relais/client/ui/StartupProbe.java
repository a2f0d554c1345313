package ca.relais.client.ui;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Development and measurement aids, off unless their system property is set, and documented in the README:
 * {@code -Drelais.autoSignIn=USER:PASSWORD} signs in as soon as the sign-in screen shows (demo accounts only: the
 * password is visible to anyone who can list processes), and {@code -Drelais.readyMarker=true} prints
 * {@code RELAIS_READY <ms since the JVM started>} once the call screen, with the cached catalogue, has been laid out
 * (and {@code RELAIS_PHASE <name> <ms> cpu=<ms>} lines on the way, with the process's CPU time so far, to see where a
 * slow start spends its time even on a busy machine);
 * {@code -Drelais.exitWhenReady=true} then closes the workstation normally a few seconds later, which is how a
 * training run for a class-data archive ({@code -XX:ArchiveClassesAtExit}) or an AOT cache ends;
 * {@code -Drelais.autoSignInAfterMs=N} waits N ms on the sign-in screen first, as an agent typing a password does.
 */
public final class StartupProbe {
    static final String AUTO_SIGN_IN = "relais.autoSignIn";
    static final String READY_MARKER = "relais.readyMarker";
    static final String EXIT_WHEN_READY = "relais.exitWhenReady";
    static final String AUTO_SIGN_IN_AFTER_MS = "relais.autoSignInAfterMs";
    private static volatile boolean reported;

    private StartupProbe() {
    }

    /** The user and password to sign in with at once, when asked for. */
    static Optional<String[]> autoSignIn() {
        String value = System.getProperty(AUTO_SIGN_IN);
        if (value == null || !value.contains(":")) {
            return Optional.empty();
        }
        return Optional.of(value.split(":", 2));
    }

    /** How long the automatic sign-in waits on the sign-in screen, as a person typing would: none by default. */
    static long autoSignInAfterMs() {
        return Math.max(0, Long.getLong(AUTO_SIGN_IN_AFTER_MS, 0L));
    }

    /** Prints the ready marker once, when asked for. */
    static void callScreenReady() {
        if (reported || !Boolean.getBoolean(READY_MARKER)) {
            return;
        }
        reported = true;
        System.out.println("RELAIS_READY " + sinceStart());
        ProcessHandle.current().info().totalCpuDuration()
                .ifPresent(cpu -> System.out.println("RELAIS_READY_CPU " + cpu.toMillis()));
        System.out.flush();
    }

    /** Whether the workstation should close on its own once the call screen is ready (training runs). */
    static boolean exitWhenReady() {
        return Boolean.getBoolean(EXIT_WHEN_READY);
    }

    /** Notes that a phase of the start is done, when the ready marker was asked for. */
    public static void phase(String name) {
        if (!reported && Boolean.getBoolean(READY_MARKER)) {
            System.out.println("RELAIS_PHASE " + name + " " + sinceStart() + " cpu=" + ProcessHandle.current().info()
                    .totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
