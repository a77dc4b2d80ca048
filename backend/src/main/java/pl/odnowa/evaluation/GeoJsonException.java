package pl.odnowa.evaluation;

/**
 * A GeoJSON text that is not a usable Polygon or MultiPolygon. {@link #path()} points into the geometry object
 * (e.g. {@code coordinates[0][3]}, empty for the whole object) so the REST layer can name the field.
 */
public class GeoJsonException extends IllegalArgumentException {

    private final String path;

    public GeoJsonException(String path, String message) {
        super(path == null || path.isEmpty() ? message : path + ": " + message);
        this.path = path == null ? "" : path;
    }

    public String path() {
        return path;
    }

    /** The message without the path prefix. */
    public String reason() {
        String message = getMessage();
        return path.isEmpty() ? message : message.substring(path.length() + 2);
    }
}
