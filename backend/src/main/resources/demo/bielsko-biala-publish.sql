-- The demo programmes and their projects are public: anonymous readers see them.
update programme set published = true where municipality_teryt = '2461011';
update project set published = true where programme_id in (select id from programme where municipality_teryt = '2461011');
