package pl.odnowa.due;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.odnowa.common.ApiException;

/** What is due, per municipality and per programme, as JSON and as an iCalendar feed. */
final class DueResources {

    static final String TAG = "Due";

    static final String DESCRIPTION = " Duties: ART_22_ASSESSMENT (a GPR is assessed at least every 3 years from the later of its "
            + "adoption and its last periodic assessment; a final assessment closes it), ART_7_COMMITTEE_RULES (the council's "
            + "resolution on the Revitalisation Committee, due 3 months after the adoption, odnowa.compliance.committee-rules-months; "
            + "listed until a dated COMMITTEE_RULES step is recorded), ART_52_PR_PROJECTS (projects of a PR programme end by "
            + "odnowa.compliance.art52-deadline, 2023-12-31; listed unless the compliance check passes after the deadline), ART_6_CONSULTATION_SUMMARY (one per consultation "
            + "whose summary's publication is not recorded: due odnowa.compliance.consultation-summary-days = 30 days after its "
            + "end, an assumed deadline; UNKNOWN without an end date). The "
            + "dates are those of the compliance checks (GET /api/v1/programmes/{id}/compliance). Status on asOf: OVERDUE (past the "
            + "due date), DUE_SOON (within soonDays, odnowa.due.soon-days = 90), UPCOMING, UNKNOWN (an input is not recorded: "
            + "missing). Window: duties due up to until (or asOf + horizon days, default 365); overdue and UNKNOWN ones are always "
            + "listed unless from is given. Residents see published programmes only.";

    static final String ICS = " An RFC 5545 calendar: one all-day VEVENT per dated duty (UID stable per duty and programme, and per consultation for a summary, "
            + "DTSTART;VALUE=DATE, SUMMARY with the status, DESCRIPTION with the explanation and the Act, URL of the programme's "
            + "procedure page in the SPA); UNKNOWN duties without a date are left out.";

    static final String EXAMPLE_ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Odnowa//What is due//PL\r\nCALSCALE:GREGORIAN\r\n"
            + "METHOD:PUBLISH\r\nX-WR-CALNAME:Bielsko-Biała — terminy rewitalizacji\r\nBEGIN:VEVENT\r\n"
            + "UID:art-22-assessment-programme-3@odnowa\r\nDTSTAMP:20261207T060000Z\r\nDTSTART;VALUE=DATE:20260301\r\n"
            + "DTEND;VALUE=DATE:20260302\r\nSUMMARY:[ZALEGŁE] Ocena aktualności i stopnia realizacji programu — GPR 2030 (a\r\n"
            + " rt. 22 ust. 1)\r\nDESCRIPTION:Program uchwalono 2023-03-01 …\r\nURL:https://odnowa.example.pl/programmes/3/procedure\r\n"
            + "CATEGORIES:OVERDUE\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private DueResources() {
    }

    /** The query parameters that choose which due dates a list covers, the same for every due resource. */
    public static final class WindowParams {

        @Parameter(description = "Leave out duties due before this day", example = "2026-01-01")
        @QueryParam("from")
        String from;

        @Parameter(description = "The last due day listed (not with horizon)", example = "2027-12-31")
        @QueryParam("until")
        String until;

        @Parameter(description = "Days after asOf (the calendar: today) listed, 0–3650 (default 365; not with until)", example = "365")
        @QueryParam("horizon")
        String horizon;

        DueService.Window parse(DueConfig config, String asOf) {
            return DueService.Window.parse(config, asOf, from, until, horizon);
        }
    }

    static String spaBase(DueConfig config, UriInfo uri) {
        String base = config.spaUrl().orElse(uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static boolean english(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("pl")) {
            return false;
        }
        if (lang.equals("en")) {
            return true;
        }
        throw ApiException.badRequest("lang", "must be pl or en");
    }

    static Response calendar(DueList list, String name, DueConfig config, UriInfo uri, boolean english, String file) {
        String body = ICalendar.render(list, name, spaBase(config, uri), english,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        return Response.ok(body, ICalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + file + "\"").build();
    }

    @Path("/api/v1/municipalities/{teryt}/due")
    @Tag(name = TAG, description = "What a municipality has to do under the Revitalisation Act, and when (art. 7, 22, 52)")
    public static class MunicipalityDueResource {

        private final DueService service;
        private final DueConfig config;

        MunicipalityDueResource(DueService service, DueConfig config) {
            this.service = service;
            this.config = config;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(operationId = "municipalityDue", summary = "What is due in a municipality", description = "Upcoming, overdue and "
                + "undecidable duties of every programme of the municipality the caller may see, by due date." + DESCRIPTION)
        public DueList due(
                @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
                @BeanParam WindowParams window,
                @Parameter(description = "The day statuses are computed for (default today, Europe/Warsaw)", example = "2026-12-07") @QueryParam("asOf") String asOf) {
            return service.municipality(teryt, window.parse(config, asOf));
        }

    }

    @Path("/api/v1/municipalities/{teryt}/due.ics")
    @Tag(name = TAG)
    public static class MunicipalityDueCalendarResource {

        private final DueService service;
        private final DueConfig config;
        private final pl.odnowa.municipality.MunicipalityRepository municipalities;

        MunicipalityDueCalendarResource(DueService service, DueConfig config, pl.odnowa.municipality.MunicipalityRepository municipalities) {
            this.service = service;
            this.config = config;
            this.municipalities = municipalities;
        }

        @GET
        @Produces(ICalendar.MEDIA_TYPE)
        @Operation(operationId = "municipalityDueCalendar", summary = "What is due in a municipality, as a calendar",
                description = "The dated duties of GET /api/v1/municipalities/{teryt}/due as an iCalendar feed to subscribe to."
                        + ICS + DESCRIPTION)
        @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = ICalendar.MEDIA_TYPE,
                schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "calendar", value = EXAMPLE_ICS)))
        public Response calendar(
                @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
                @BeanParam WindowParams window,
                @Parameter(description = "pl (default) or en", example = "pl") @QueryParam("lang") String lang,
                @Context UriInfo uri) {
            boolean english = english(lang);
            DueList list = service.municipality(teryt, window.parse(config, null));
            String name = municipalities.findById(teryt).name + (english ? " — revitalisation deadlines" : " — terminy rewitalizacji");
            return DueResources.calendar(list, name, config, uri, english, "odnowa-" + teryt + ".ics");
        }
    }

    @Path("/api/v1/programmes/{id}/due")
    @Tag(name = TAG)
    public static class ProgrammeDueResource {

        private final DueService service;
        private final DueConfig config;

        ProgrammeDueResource(DueService service, DueConfig config) {
            this.service = service;
            this.config = config;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(operationId = "programmeDue", summary = "What is due in a programme", description = "The programme's upcoming, "
                + "overdue and undecidable duties, by due date." + DESCRIPTION)
        public DueList due(
                @Parameter(description = "Programme id", example = "3") @PathParam("id") long id,
                @BeanParam WindowParams window,
                @Parameter(description = "The day statuses are computed for (default today, Europe/Warsaw)", example = "2026-12-07") @QueryParam("asOf") String asOf) {
            return service.programme(id, window.parse(config, asOf));
        }

    }

    @Path("/api/v1/programmes/{id}/due.ics")
    @Tag(name = TAG)
    public static class ProgrammeDueCalendarResource {

        private final DueService service;
        private final DueConfig config;
        private final pl.odnowa.programme.ProgrammeRepository programmes;

        ProgrammeDueCalendarResource(DueService service, DueConfig config, pl.odnowa.programme.ProgrammeRepository programmes) {
            this.service = service;
            this.config = config;
            this.programmes = programmes;
        }

        @GET
        @Produces(ICalendar.MEDIA_TYPE)
        @Operation(operationId = "programmeDueCalendar", summary = "What is due in a programme, as a calendar",
                description = "The dated duties of GET /api/v1/programmes/{id}/due as an iCalendar feed." + ICS + DESCRIPTION)
        @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = ICalendar.MEDIA_TYPE,
                schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "calendar", value = EXAMPLE_ICS)))
        public Response calendar(
                @Parameter(description = "Programme id", example = "3") @PathParam("id") long id,
                @BeanParam WindowParams window,
                @Parameter(description = "pl (default) or en", example = "pl") @QueryParam("lang") String lang,
                @Context UriInfo uri) {
            boolean english = english(lang);
            DueList list = service.programme(id, window.parse(config, null));
            var p = programmes.findById(id);
            String name = (p.shortName != null ? p.shortName : p.name) + (english ? " — deadlines" : " — terminy");
            return DueResources.calendar(list, name, config, uri, english, "odnowa-programme-" + id + ".ics");
        }
    }
}
