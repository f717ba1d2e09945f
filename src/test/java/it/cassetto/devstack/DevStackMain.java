package it.cassetto.devstack;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command ({@code mvn package -Prun}): starts the whole stack on embedded defaults,
 * prints where everything is and the demo logins, and stops it all on Ctrl-C.
 */
public final class DevStackMain {

    private DevStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StackSettings settings = StackSettings.forRun();
        System.out.println("Starting Cassetto: MariaDB, Keycloak, mail catcher and Payara Micro (data in "
                + settings.dataDir() + ") ...");
        DevStack stack = new DevStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Cassetto ...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "cassetto-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Cassetto could not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(banner(stack));
        stopped.await();
    }

    static String banner(DevStack stack) {
        StackSettings s = stack.settings();
        String line = "-".repeat(78);
        StringBuilder out = new StringBuilder("\n").append(line).append('\n')
                .append(String.format(Locale.ROOT, " Cassetto is ready in %.1f s%n",
                        stack.startupTime().toMillis() / 1000.0))
                .append(line).append('\n')
                .append(" Portal            ").append(s.portalUrl()).append("/\n")
                .append(" Keycloak console  ").append(stack.keycloak().adminConsoleUrl())
                .append("  (").append(StackSettings.KEYCLOAK_ADMIN).append(" / ")
                .append(StackSettings.KEYCLOAK_ADMIN_PASSWORD).append(")\n")
                .append(" Mail catcher      ").append(stack.mail().webUrl())
                .append("  (SMTP on 127.0.0.1:").append(s.smtpPort()).append("; SMS of the fake gateway too)\n")
                .append(" MariaDB           ").append(s.jdbcUrl()).append("  (")
                .append(StackSettings.DB_USER).append(" / ").append(StackSettings.DB_PASSWORD).append(")\n")
                .append(" Health            ").append(s.portalUrl()).append("/health/ready\n")
                .append(" Logs              ").append(s.dataDir()).append("/{payara/payara.log,keycloak/keycloak.log}\n")
                .append(line).append('\n')
                .append(" Demo logins (password: " + DemoUsers.PASSWORD + ")\n");
        for (DemoUsers.DemoUser user : DemoUsers.read(s.realmFile())) {
            out.append(String.format(Locale.ROOT, "   %-16s %-19s %s%n", user.username(), user.role(),
                    user.fullName()));
        }
        return out.append(line).append('\n').append(" Press Ctrl-C to stop everything.\n").toString();
    }
}
