package cn.xuchang.ems.data.io;

/** Thrown when the user cancelled an import; the store is unchanged. */
public class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("import cancelled; nothing was stored");
    }
}
