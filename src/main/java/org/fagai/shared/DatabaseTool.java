package org.fagai.shared;

import org.fagai.shared.internal.DatabaseCommands;

/** The jar's commands besides serving: {@code backup [file]} and {@code restore <file>} (see the README's Operations). */
public final class DatabaseTool {

    private DatabaseTool() {
    }

    public static boolean handles(String[] args) {
        return DatabaseCommands.handles(args);
    }

    /** Runs the command; returns the process's exit code (0 done, 1 failed, 2 wrong use). */
    public static int run(String[] args) {
        return DatabaseCommands.run(args);
    }
}
