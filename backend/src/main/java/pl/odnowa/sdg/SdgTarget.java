package pl.odnowa.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An SDG 11 target (11.1 … 11.c): read-only reference data. */
@Entity
@Table(name = "sdg_target")
public class SdgTarget {

    @Id
    public String code;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "title_pl")
    public String titlePl;

    public int position;
}
