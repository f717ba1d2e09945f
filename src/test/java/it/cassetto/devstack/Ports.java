package it.cassetto.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks that the stack's ports are free before a server is started on them. */
final class Ports {

    private Ports() {
    }

    /** True if nothing listens on {@code port} of the loopback interface. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /**
     * Throws a clear message, not a stack trace, when {@code port} is taken: which server wanted it and
     * which environment variable moves it.
     */
    static void requireFree(int port, String server, String variable) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " is already in use, so " + server
                    + " cannot start. Is Cassetto (or another program) already running? Stop it, or choose"
                    + " another port with the environment variable " + variable + ".");
        }
    }
}
