package pl.odnowa.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.odnowa.area.Area;
import pl.odnowa.area.AreaKind;
import pl.odnowa.indicator.Direction;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.indicator.IndicatorLevel;
import pl.odnowa.indicator.IndicatorScope;
import pl.odnowa.programme.Programme;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectKind;
import pl.odnowa.project.ProjectStatus;

/**
 * Creates the rows recommendations link to (areas, projects, indicators) straight through JPA, because
 * those features' endpoints are built separately; also creates many recommendations at once for the
 * statement-count test.
 */
@ApplicationScoped
public class LinkedRows {

    @Inject
    EntityManager em;

    @Transactional
    public long area(long programmeId, AreaKind kind) {
        Area a = new Area();
        a.programme = em.getReference(Programme.class, programmeId);
        a.kind = kind;
        a.name = (kind == AreaKind.DEGRADED ? "Obszar zdegradowany " : "Obszar rewitalizacji ") + programmeId;
        em.persist(a);
        em.flush();
        return a.id;
    }

    @Transactional
    public long project(long programmeId, String title) {
        Project p = new Project();
        p.programme = em.getReference(Programme.class, programmeId);
        p.kind = ProjectKind.BASIC;
        p.title = title;
        p.status = ProjectStatus.IMPLEMENTATION;
        em.persist(p);
        em.flush();
        return p.id;
    }

    @Transactional
    public long indicator(long programmeId, String code) {
        Indicator i = new Indicator();
        i.programme = em.getReference(Programme.class, programmeId);
        i.scope = IndicatorScope.PROGRAMME;
        i.code = code;
        i.namePl = "Odsetek zasiedlonych lokali w odnowionych kamienicach";
        i.unit = "%";
        i.direction = Direction.HIGHER;
        i.level = IndicatorLevel.RESULT;
        em.persist(i);
        em.flush();
        return i.id;
    }

    /** {@code count} recommendations in one transaction, each linked to the given rows and SDG targets. */
    @Transactional
    public List<Long> recommendations(long programmeId, int count, long areaId, long projectId, long indicatorId,
            List<String> sdgTargets) {
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Recommendation r = new Recommendation();
            r.programme = em.getReference(Programme.class, programmeId);
            r.title = "Rekomendacja " + n;
            r.text = "Treść rekomendacji " + n;
            r.priority = Priority.values()[n % 3];
            r.status = RecommendationStatus.values()[n % 4];
            r.owner = "Wydział Strategii i Rozwoju Gospodarczego";
            r.dueDate = LocalDate.of(2026, 1, 1).plusDays(n);
            r.areas.add(em.getReference(Area.class, areaId));
            r.projects.add(em.getReference(Project.class, projectId));
            r.indicators.add(em.getReference(Indicator.class, indicatorId));
            r.sdgTargets.addAll(sdgTargets);
            em.persist(r);
            ids.add(r.id);
        }
        em.flush();
        return ids;
    }
}
