-- Vocabularies from shared/domain (GLOSSARY.md and the seeds) and the project's goals (seed 000, seed 001 §5).

INSERT INTO actor_type (code, name_sv, name_en, is_public) VALUES
  ('REGION', 'Region', 'Region', TRUE),
  ('MUNICIPALITY', 'Kommun', 'Municipality', TRUE),
  ('COUNTY_BOARD', 'Länsstyrelse', 'County administrative board', TRUE),
  ('PES', 'Arbetsförmedlingen', 'Public employment service', TRUE),
  ('ESF_COUNCIL', 'ESF-rådet', 'Swedish ESF Council', TRUE),
  ('GROWTH_AGENCY', 'Tillväxtverket', 'Agency for Economic and Regional Growth', TRUE),
  ('ADULT_EDUCATION', 'Komvux', 'Municipal adult education', TRUE),
  ('VOCATIONAL_COLLEGE', 'Yrkeshögskola', 'Higher vocational education', TRUE),
  ('UNIVERSITY', 'Högskola/universitet', 'University', TRUE),
  ('TRANSITION_FUND', 'TSL', 'Transition fund (TSL)', FALSE),
  ('LO', 'LO / LO-distrikt', 'LO / LO district', FALSE),
  ('IUC', 'IUC', 'Industrial development centre (IUC)', FALSE),
  ('EMPLOYER_ORG', 'Arbetsgivarorganisation', 'Employers'' organisation', FALSE),
  ('UNION', 'Fackförbund', 'Trade union', FALSE),
  ('PARTY', 'Politiskt parti', 'Political party', FALSE),
  ('TECH_COLLEGE', 'Teknikcollege', 'Teknikcollege', FALSE),
  ('COMPANY', 'Företag', 'Company', FALSE),
  ('OTHER', 'Övrig aktör', 'Other actor', FALSE);

INSERT INTO forum_type (code, name_sv, name_en) VALUES
  ('INDUSTRY_COUNCIL', 'Industriråd', 'Industry council'),
  ('SKILLS_PLATFORM', 'Kompetensplattform', 'Skills platform'),
  ('PROGRAMME_COUNCIL', 'Programråd', 'Programme council'),
  ('TEKNIKCOLLEGE', 'Teknikcollege', 'Teknikcollege'),
  ('MOTORBRANSCHCOLLEGE', 'Motorbranschcollege', 'Motorbranschcollege'),
  ('STRUCTURAL_FUND_PARTNERSHIP', 'Strukturfondspartnerskap', 'Structural-fund partnership'),
  ('TRANSITION_COUNCIL', 'Omställningsråd', 'Transition council'),
  ('PROJECT_STEERING_GROUP', 'Styrgrupp för projekt', 'Project steering group'),
  ('RUS_PROCESS', 'Regional utvecklingsprocess (RUS)', 'Regional development process (RUS)'),
  ('OTHER', 'Övrigt forum', 'Other forum');

INSERT INTO workshop_type (code, name_sv, name_en) VALUES
  ('ALIF_BRANCH', 'Arbetsliv i förändring – avdelning', 'Working life in change – branch'),
  ('ALIF_CLUB', 'Arbetsliv i förändring – klubb', 'Working life in change – club'),
  ('SUSTAINABLE_WORK', 'Hållbart arbete', 'Sustainable work'),
  ('GOAL_SETTING', 'Målsättningsworkshop', 'Goal-setting workshop'),
  ('ANALYSIS_MEETING', 'Analysmöte', 'Analysis meeting'),
  ('CLUB_DEVELOPMENT_TALK', 'Utvecklingssamtal med klubb', 'Development talk with club'),
  ('LABOUR_MARKET_TRAINING', 'Kunskapslyft i arbetsmarknadsfrågor', 'Labour-market knowledge boost'),
  ('OTHER', 'Övrigt', 'Other');

-- Who holds which policy area (seed 002, last page).
INSERT INTO policy_area (code, name_sv, name_en, holder, mandatory) VALUES
  ('SOCIAL_CARE', 'Social omsorg', 'Social care', 'MUNICIPALITY', TRUE),
  ('EDUCATION_MUNICIPAL', 'För-, grund- och gymnasieskola samt komvux', 'Pre-school, school, upper-secondary and adult education', 'MUNICIPALITY', TRUE),
  ('PLANNING_BUILDING', 'Plan- och byggfrågor', 'Planning and building', 'MUNICIPALITY', TRUE),
  ('ENVIRONMENT_HEALTH', 'Miljö- och hälsoskydd', 'Environment and health protection', 'MUNICIPALITY', TRUE),
  ('WASTE', 'Renhållning och avfallshantering', 'Waste', 'MUNICIPALITY', TRUE),
  ('WATER_SEWAGE', 'Vatten och avlopp', 'Water and sewage', 'MUNICIPALITY', TRUE),
  ('RESCUE', 'Räddningstjänst', 'Rescue services', 'MUNICIPALITY', TRUE),
  ('CRISIS_PREPAREDNESS', 'Krisberedskap och civilt försvar', 'Crisis preparedness and civil defence', 'MUNICIPALITY', TRUE),
  ('LIBRARIES', 'Biblioteksverksamhet', 'Libraries', 'MUNICIPALITY', TRUE),
  ('HOUSING', 'Bostäder', 'Housing', 'MUNICIPALITY', TRUE),
  ('LEISURE_CULTURE', 'Fritid och kultur', 'Leisure and culture', 'MUNICIPALITY', FALSE),
  ('ENERGY', 'Energi', 'Energy', 'MUNICIPALITY', FALSE),
  ('EMPLOYMENT', 'Sysselsättning', 'Employment', 'MUNICIPALITY', FALSE),
  ('BUSINESS_DEVELOPMENT', 'Näringslivsutveckling', 'Business development', 'MUNICIPALITY', FALSE),
  ('HEALTH_CARE', 'Hälso- och sjukvård', 'Health care', 'REGION', TRUE),
  ('DENTAL_CARE_YOUNG', 'Tandvård för barn och unga', 'Dental care for the young', 'REGION', TRUE),
  ('REGIONAL_DEVELOPMENT', 'Regionalt utvecklingsansvar', 'Regional development', 'REGION', TRUE),
  ('REGIONAL_LIBRARIES', 'Regional biblioteksverksamhet', 'Regional libraries', 'REGION', TRUE),
  ('REGIONAL_CULTURE', 'Kultur (region)', 'Culture (region)', 'REGION', FALSE),
  ('REGIONAL_EDUCATION', 'Utbildning (region)', 'Education (region)', 'REGION', FALSE),
  ('TOURISM', 'Turism', 'Tourism', 'REGION', FALSE),
  ('PUBLIC_TRANSPORT', 'Regional och lokal kollektivtrafik', 'Public transport', 'BOTH', TRUE);

INSERT INTO project_goal (id, name_sv, text_sv) VALUES
  (1, 'En effektiv organisation', 'En grundläggande uppgift är att skapa en samordning mellan avdelningarna i NUTS-området, som leder till att vi utvecklar IF Metalls arbete med tillväxt- och utvecklingsfrågor. IF Metalls inverkan på arbetsplatsen skall öka. Det synliggör även behovet av utvecklingsinsatser inom andra av IF Metalls verksamhetsområden och bidrar därmed till att utveckla vår organisation som en helhet.'),
  (2, 'Trygghet och omställning', 'Genom ökad samverkan med regioner och relevanta aktörer skall vi tillvarata våra medlemmars intressen och behov genom att styra finansiering och resurser för industriarbetsplatsernas utveckling. Genom att arbeta med anställdas och arbetsplatsers utveckling stärker vi IF Metalls medlemmars långsiktiga anställningstrygghet och omställningsmöjligheter.'),
  (3, 'Tillväxt och sysselsättning', 'Genom ökad samverkan med regioner och relevanta aktörer, skall vi stärka IF Metalls regionala engagemang i frågor som gynnar hållbar industriell tillväxt och sysselsättning. IF Metall skall vara en regional aktör som gör skillnad och efterfrågas. Vår djupa förankring på arbetsplatserna och inom industrin gör oss till en naturlig samarbetspartner.');

INSERT INTO operational_goal (id, project_goal_id, name_sv, text_sv) VALUES
  (1, 1, 'Åtaganden på samtliga nivåer', 'Utbildningsinsatser, verksamhet och åtaganden skall göras inom hela projektorganisationen. På alla nivåer skall det tillses att tillräckliga resurser finns för att uppnå målen.'),
  (2, 1, 'Kompetenssprång för industriarbetare', 'Avdelningarna ska upprätta mål och verksamhet i syfte att öka antalet industriarbetare som genomgår kompetensutvecklingsinsatser på arbetsplatserna.'),
  (3, 1, 'Avdelningssamverkan', 'Arbetet med arbetsmarknads-, tillväxt- och kompetensförsörjningsfrågor sker i samverkan mellan avdelningarna inom varje län samt över hela NUTS geografin.'),
  (4, 2, 'Tillgång till strukturfonder', 'IF Metall ska inom projektet särskilt verka för att offentliga utvecklingsmedel bidrar till industrins och våra medlemmars utveckling.'),
  (5, 2, 'Utveckling på arbetsplatsen', 'I varje led, ska projektets verksamhet bidra till en ökning av antalet arbetsplatser där förändringsarbete inleds. Strategierna i Hållbart arbete är vägledande. Särskilda insatser för kvinnors yrkesutveckling ska beaktas.'),
  (6, 2, 'En central uppgift för politiken', 'På alla nivåer i projektet bidra till att förverkliga IF Metalls näringspolitiska mål i kommunala och regionala politiska forum.'),
  (7, 3, 'Etablerade samverkansforum', 'Avdelningarna skall medverka i, och ta initiativ till samverkansforum tillsammans med aktörer som är viktiga för medlemmarnas långsiktiga trygghet, omställning samt industriell tillväxt och utveckling.'),
  (8, 3, 'Stärkt regional samverkan', 'Regional samordnare och avdelningar ska skapa upparbetade relationer till offentliga och övriga aktörer. De ska vara relevanta för hållbar industriell tillväxt samt medlemmarnas långsiktiga sysselsättning och utveckling i arbetet.');

-- A default indicator set drawn from the seeds (issue #5 grows it). Derived rules name what the app counts itself.
INSERT INTO indicator (operational_goal_id, code, name_sv, name_en, unit, direction, gender_split, source, derived_rule) VALUES
  (1, 'G1_TRAININGS_HELD', 'Genomförda utbildningar och workshops', 'Trainings and workshops held', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'WORKSHOPS_HELD'),
  (1, 'G1_PEOPLE_TRAINED', 'Utbildade deltagare', 'People trained', 'COUNT', 'HIGHER', TRUE, 'DERIVED', 'WORKSHOP_PARTICIPANTS'),
  (2, 'G2_COMPETENCE_DEV', 'Industriarbetare i kompetensutveckling eller validering', 'Industrial workers in competence development or validation', 'COUNT', 'HIGHER', TRUE, 'MANUAL', NULL),
  (3, 'G3_JOINT_MEETINGS', 'Gemensamma möten mellan två eller fler avdelningar', 'Joint meetings of two or more branches', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'JOINT_BRANCH_WORKSHOPS'),
  (4, 'G4_FUND_PROJECTS', 'Strukturfondsprojekt där IF Metall deltar', 'Structural-fund projects with the union taking part', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'FUNDING_PROJECTS'),
  (4, 'G4_FUNDS_GRANTED', 'Beviljade medel (kr)', 'Funds granted (SEK)', 'SEK', 'HIGHER', FALSE, 'MANUAL', NULL),
  (5, 'G5_CHANGE_WORK', 'Arbetsplatser där förändringsarbete inletts', 'Workplaces where change work started', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'WORKPLACES_CHANGE_WORK'),
  (5, 'G5_WOMEN_FOCUS', 'Varav med insatser för kvinnors yrkesutveckling', 'Of which with women-focused efforts', 'COUNT', 'HIGHER', FALSE, 'MANUAL', NULL),
  (6, 'G6_DEMANDS_DRIVEN', 'Lokala politiska krav som drivs', 'Local political demands driven', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'DEMANDS_DRIVEN'),
  (6, 'G6_DEMANDS_DECIDED', 'Krav som beslutats', 'Demands decided', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'DEMANDS_DECIDED'),
  (6, 'G6_ELECTED_OFFICES', 'Medlemmar med förtroendeuppdrag (1 %-målet)', 'Members holding elected office (the 1 % goal)', 'COUNT', 'HIGHER', TRUE, 'DERIVED', 'ELECTED_OFFICES'),
  (7, 'G7_FORUM_SEATS', 'Samverkansforum med IF Metall-plats', 'Forums with a union seat', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'FORUMS_WITH_SEAT'),
  (7, 'G7_FORUMS_INITIATED', 'Varav på IF Metalls initiativ', 'Of which initiated by the union', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'FORUMS_INITIATED'),
  (8, 'G8_ACTIVE_PUBLIC_RELATIONS', 'Offentliga aktörer med aktiv relation', 'Public actors with an active relationship', 'COUNT', 'HIGHER', FALSE, 'DERIVED', 'ACTIVE_PUBLIC_ACTORS');
