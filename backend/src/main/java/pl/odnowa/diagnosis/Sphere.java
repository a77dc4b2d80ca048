package pl.odnowa.diagnosis;

/** The five spheres of crisis phenomena of art. 9 ust. 1 of the Revitalisation Act. */
public enum Sphere {
    SOCIAL, ECONOMIC, ENVIRONMENTAL, SPATIAL_FUNCTIONAL, TECHNICAL
}
