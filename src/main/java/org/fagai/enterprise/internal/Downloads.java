package org.fagai.enterprise.internal;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** A generated file in memory: the rows are already read within the request, so the download is a plain body. */
final class Downloads {

    private Downloads() {
    }

    static byte[] bytes(Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }
}
