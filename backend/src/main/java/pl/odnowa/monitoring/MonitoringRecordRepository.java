package pl.odnowa.monitoring;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class MonitoringRecordRepository implements PanacheRepository<MonitoringRecord> {

    /** The project's records, oldest year first. */
    public List<MonitoringRecord> ofProject(long projectId) {
        return list("project.id = ?1 order by year", projectId);
    }

    public Optional<MonitoringRecord> ofProjectAndYear(long projectId, int year) {
        return find("project.id = ?1 and year = ?2", projectId, year).firstResultOptional();
    }

    /** The records of a programme's projects for one year. */
    public List<MonitoringRecord> ofProgrammeAndYear(long programmeId, int year) {
        return list("project.programme.id = ?1 and year = ?2 order by project.id", programmeId, year);
    }
}
