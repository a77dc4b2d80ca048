package pl.odnowa.programme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the programme's document contains, element by element of art. 15 of the Revitalisation Act, as the city
 * records it: true (it contains it), false (it does not), null (not recorded). Recording the contents at all makes an
 * empty vision or goal list "absent"; without it they are "not recorded". The elements Odnowa can see in the data
 * (basic and other projects, funding, indicators) are read from there when present.
 */
@Schema(name = "ProgrammeContents", description = "What the programme's document contains (art. 15 ust. 1 pkt 1–14 and ust. 2 "
        + "of the Revitalisation Act): true, false or null (not recorded)")
public record ProgrammeContents(
        @Schema(example = "true", description = "pkt 1: detailed diagnosis of the revitalisation area") Boolean diagnosis,
        @Schema(example = "true", description = "pkt 2: links with the municipality's strategic documents") Boolean strategicLinks,
        @Schema(example = "true", description = "pkt 4: directions of action matching the goals") Boolean directions,
        @Schema(example = "true", description = "pkt 6: characteristics of the other revitalisation projects") Boolean otherProjects,
        @Schema(example = "true", description = "pkt 7: mechanisms ensuring complementarity between projects and between the "
                + "actions of different entities and funds") Boolean complementarity,
        @Schema(example = "true", description = "pkt 8: estimated financial framework with indicative amounts and sources") Boolean financialFramework,
        @Schema(example = "true", description = "pkt 9: management structure with its costs and the schedule") Boolean management,
        @Schema(example = "true", description = "pkt 10: monitoring and evaluation system") Boolean monitoring,
        @Schema(example = "NOT_NEEDED", description = "pkt 11 (where needed) [verify]: changes to the municipal housing resolutions")
        ContentNeed housing,
        @Schema(example = "NOT_NEEDED", description = "pkt 12 (where needed) [verify]: changes to the spatial planning documents")
        ContentNeed spatialPlanning,
        @Schema(example = "INCLUDED", description = "pkt 13 (where needed) [verify]: whether a special revitalisation zone is planned")
        ContentNeed specialZone,
        @Schema(example = "NOT_NEEDED", description = "pkt 14 (where needed) [verify]: whether a local revitalisation plan is planned")
        ContentNeed revitalisationPlan,
        @Schema(example = "true", description = "ust. 2: map annex of the main directions of change") Boolean mapAnnex) {

    /** A conditional element (art. 15 ust. 1 pkt 11–14, "w zależności od potrzeb"). */
    public enum ContentNeed {
        /** The programme contains it. */
        INCLUDED,
        /** The programme does not need it. */
        NOT_NEEDED,
        /** The programme needs it but does not contain it. */
        ABSENT
    }
}
