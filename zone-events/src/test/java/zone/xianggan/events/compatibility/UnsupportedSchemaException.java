package zone.xianggan.events.compatibility;

/**
 * A schema uses a construct the compatibility check does not understand. Passing over it could let a breaking
 * change through, so the check stops instead: teach it the construct (and test that) before a schema uses it.
 */
public final class UnsupportedSchemaException extends RuntimeException {

    UnsupportedSchemaException(String path, String what) {
        super(path + ": " + what + " is beyond what the compatibility check understands");
    }
}
