package pl.odnowa.project;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a project's funding mix, in the project's currency. */
@Entity
@Table(name = "project_funding")
public class FundingSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int position;
    public String source;

    @Enumerated(EnumType.STRING)
    public FundingInstrument instrument;

    public BigDecimal amount;
    public String fund;
    public String measure;
}
