package pl.odnowa.committee;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitteeRequest", description = "A programme's Revitalisation Committee as created (POST) or replaced (PUT); "
        + "members, meetings and opinions replace the recorded ones in order; what is not known stays null")
public record CommitteeRequest(
        @NotNull @Schema(example = "3", description = "Id of the programme; cannot change later; one committee per programme") Long programmeId,
        @Size(max = 300) @Schema(example = "Komitet Rewitalizacji", description = "Name of the committee") String name,
        @Size(max = 1000) @Schema(example = "Zarządzenie Prezydenta Miasta w sprawie powołania Komitetu Rewitalizacji",
                description = "Where the record comes from") String source,
        @Size(max = CommitteeService.MAX_PARTS) @Schema(description = "Members, in order") List<@NotNull @Valid Member> members,
        @Size(max = CommitteeService.MAX_PARTS) @Schema(description = "Meetings, in order") List<@NotNull @Valid Meeting> meetings,
        @Size(max = CommitteeService.MAX_PARTS) @Schema(description = "Opinions, in order") List<@NotNull @Valid Opinion> opinions) {

    @Schema(name = "CommitteeMember", description = "A member of the committee and whom they represent")
    public record Member(
            @NotBlank @Size(max = 200) @Schema(example = "Anna Nowak") String name,
            @NotNull @Schema(example = "RESIDENTS", description = "RESIDENTS, PROPERTY_OWNERS, ENTREPRENEURS, NGOS, CITY_COUNCIL, "
                    + "OFFICE or OTHER") Stakeholder represents,
            @Size(max = 300) @Schema(example = "Stowarzyszenie Mieszkańców Starego Miasta", description = "The organisation or body "
                    + "the member comes from") String organisation,
            @Schema(example = "2023-06-01", description = "First day of membership") LocalDate startDate,
            @Schema(example = "null", description = "Last day of membership; null: still a member or not recorded; not before "
                    + "startDate") LocalDate endDate) {
    }

    @Schema(name = "CommitteeMeeting", description = "A meeting of the committee")
    public record Meeting(
            @NotNull @Schema(example = "2023-09-12") LocalDate date,
            @Size(max = 5000) @Schema(example = "1. Wybór przewodniczącego. 2. Opinia o projekcie oceny GPR.") String agenda,
            @Size(max = 200) @Schema(example = "Protokół nr 1/2023", description = "Reference of the minutes") String minutesReference,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
            @Schema(example = "https://bip.example.pl/komitet/protokol-1-2023", description = "Address of the minutes") String minutesUrl) {
    }

    @Schema(name = "CommitteeOpinion", description = "An opinion of the committee, optionally on a procedure step of the same "
            + "programme; one on an ASSESSMENT step counts as the committee's opinion of art. 22 ust. 2")
    public record Opinion(
            @Schema(example = "2025-10-15", description = "Day of the opinion; not before the date of the step it is on") LocalDate date,
            @NotBlank @Size(max = 500) @Schema(example = "Ocena aktualności i stopnia realizacji GPR") String subject,
            @Schema(example = "12", description = "Id of the procedure step (of the same programme) the opinion is on") Long procedureStepId,
            @Schema(example = "WITH_REMARKS", description = "The committee's position: POSITIVE, NEGATIVE or WITH_REMARKS; null: not "
                    + "recorded") OpinionStance stance,
            @Size(max = 10000) @Schema(example = "Komitet opiniuje ocenę pozytywnie z uwagą o wskaźnikach rezultatu.") String text,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
            @Schema(example = "https://bip.example.pl/komitet/opinia-2025-1", description = "Address of the opinion's document")
            String documentUrl) {
    }

    static CommitteeRequest from(Committee c) {
        return new CommitteeRequest(c.programme.id, c.name, c.source, members(c), meetings(c), opinions(c));
    }

    static List<Member> members(Committee c) {
        return c.members.stream().map(m -> new Member(m.name, m.represents, m.organisation, m.startDate, m.endDate)).toList();
    }

    static List<Meeting> meetings(Committee c) {
        return c.meetings.stream().map(m -> new Meeting(m.date, m.agenda, m.minutesReference, m.minutesUrl)).toList();
    }

    static List<Opinion> opinions(Committee c) {
        return c.opinions.stream().map(o -> new Opinion(o.date, o.subject, o.procedureStep == null ? null : o.procedureStep.id,
                o.stance, o.text, o.documentUrl)).toList();
    }
}
