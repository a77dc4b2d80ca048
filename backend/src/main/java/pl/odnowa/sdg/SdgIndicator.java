package pl.odnowa.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A global SDG 11 indicator (11.1.1 …): read-only reference data. */
@Entity
@Table(name = "sdg_indicator")
public class SdgIndicator {

    @Id
    public String code;

    @Column(name = "target_code")
    public String targetCode;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "title_pl")
    public String titlePl;

    public String unit;
    public String tier;
    public int position;
}
