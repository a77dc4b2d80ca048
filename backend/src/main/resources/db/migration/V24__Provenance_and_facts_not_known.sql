-- Provenance: where a municipality's, subarea's or project's figures come from (indicators and observations already
-- have theirs). A source naming "illustrative" marks figures no public source gives; every output labels them.
alter table municipality add column source varchar(500);
alter table subarea add column source varchar(500);
alter table project add column source varchar(500);

-- What is not known stays empty: a project's status, a programme's legal basis, an evaluation's date and author may
-- not be recorded (the checks then answer UNKNOWN for what depends on them).
alter table project alter column status drop not null;
alter table programme alter column legal_basis drop not null;
alter table evaluation alter column evaluation_date drop not null;
alter table evaluation alter column author drop not null;

-- Art. 22: an assessment is given the Revitalisation Committee's opinion and is published in the public information
-- bulletin (BIP); a final evaluation may be accepted by the council.
alter table evaluation add column committee_opinion_date date;
alter table evaluation add column bip_publication varchar(500);
alter table evaluation add column bip_published_on date;
alter table evaluation add column accepted_by varchar(300);
alter table evaluation add column accepted_on date;
