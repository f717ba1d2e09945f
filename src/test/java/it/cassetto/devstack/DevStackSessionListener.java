package it.cassetto.devstack;

import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test stack once for the whole integration-test run (Failsafe sets the system property
 * {@code cassetto.devstack=test}) and stops it when the run ends. Unit tests (Surefire) never set it,
 * so they start nothing. Tests reach the running stack through {@link #stack()}.
 */
public class DevStackSessionListener implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(DevStackSessionListener.class.getName());
    private static volatile DevStack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"test".equals(System.getProperty("cassetto.devstack"))) {
            return;
        }
        synchronized (DevStackSessionListener.class) {
            if (stack == null) {
                DevStack starting = new DevStack(StackSettings.forTests());
                starting.start();
                LOG.info(() -> "Test stack ready in " + starting.startupTime().toMillis() + " ms at "
                        + starting.settings().portalUrl());
                stack = starting;
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (DevStackSessionListener.class) {
            if (stack != null) {
                stack.close();
                stack = null;
            }
        }
    }

    /** The running test stack; fails clearly when the tests were not started by Failsafe. */
    public static DevStack stack() {
        DevStack running = stack;
        if (running == null) {
            throw new IllegalStateException("The test stack is not running: integration tests start it when run"
                    + " by Maven Failsafe (mvn verify), which sets -Dcassetto.devstack=test.");
        }
        return running;
    }
}
