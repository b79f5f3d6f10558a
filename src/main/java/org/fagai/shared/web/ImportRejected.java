package org.fagai.shared.web;

import java.util.List;

/** An import with any bad row changes nothing; this carries every error found, answered as 422. */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors) {
        super("导入失败：共 " + errors.size() + " 处错误，未导入任何数据");
        this.errors = List.copyOf(errors);
    }

    public static ImportRejected of(String message) {
        return new ImportRejected(List.of(new ImportError(0, null, null, message)));
    }

    public List<ImportError> errors() {
        return errors;
    }
}
