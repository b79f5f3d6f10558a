package org.fagai.energy.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/** A generated file in memory: its rows are read within the request, so the download is a plain body. */
final class Downloads {

    private Downloads() {
    }

    static byte[] bytes(Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }
}
