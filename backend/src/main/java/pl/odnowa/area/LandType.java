package pl.odnowa.area;

/** Land type of a subarea: uninhabited post-industrial, post-military or post-railway land needs art. 10 ust. 3 justification. */
public enum LandType {
    INHABITED,
    POST_INDUSTRIAL,
    POST_MILITARY,
    POST_RAILWAY,
    OTHER
}
