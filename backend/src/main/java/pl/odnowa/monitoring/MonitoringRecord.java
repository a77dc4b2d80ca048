package pl.odnowa.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pl.odnowa.common.VersionedEntity;
import pl.odnowa.project.Project;

/** The monitoring of one project in one year (art. 15 ust. 1 pkt 10): physical progress and spending per source. */
@Entity
@Table(name = "monitoring_record")
public class MonitoringRecord extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    public int year;

    /** Physical progress at the end of the year, 0–100 %; null: not recorded. */
    public BigDecimal progress;

    public String note;

    /** Planned and actual spending of the year per funding source, in the project's currency. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<MonitoringFunding> funding = new ArrayList<>();

    /** Where the figures come from; "illustrative" marks figures no public source gives (common.Provenance). */
    public String source;

    @Override
    public String municipalityTeryt() {
        return project.municipalityTeryt();
    }
}
