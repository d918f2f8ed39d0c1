package treaties

// nameTable maps treaty titles and short names to ids, one treaty a line:
// "ID: name | name | ...". Matching is case-insensitive and accepts either
// apostrophe; longer names win over shorter ones they contain.
const nameTable = `
ETS-5: Convention for the Protection of Human Rights and Fundamental Freedoms | European Convention on Human Rights | ECHR | Convention européenne des droits de l'homme | Convention de sauvegarde des droits de l'homme et des libertés fondamentales
ETS-108: Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data | Convention 108 | Convention pour la protection des personnes à l'égard du traitement automatisé des données à caractère personnel
CETS-223: Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data | Convention 108+ | modernised Convention 108
ETS-185: Convention on Cybercrime | サイバー犯罪に関する条約 | Budapest Convention | Budapest Convention on Cybercrime | Convention sur la cybercriminalité | Convention de Budapest
ETS-189: Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems
CETS-224: Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence | Second Additional Protocol to the Convention on Cybercrime | Second Additional Protocol to the Budapest Convention | Deuxième Protocole additionnel à la Convention sur la cybercriminalité | Deuxième Protocole additionnel à la Convention de Budapest
CETS-210: Council of Europe Convention on preventing and combating violence against women and domestic violence | Convention on preventing and combating violence against women and domestic violence | Istanbul Convention | Convention d'Istanbul | Convention du Conseil de l'Europe sur la prévention et la lutte contre la violence à l'égard des femmes et la violence domestique
CETS-201: Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse | Lanzarote Convention | Convention de Lanzarote | Convention du Conseil de l'Europe sur la protection des enfants contre l'exploitation et les abus sexuels
CETS-197: Council of Europe Convention on Action against Trafficking in Human Beings | Convention on Action against Trafficking in Human Beings
CETS-196: Council of Europe Convention on the Prevention of Terrorism
CETS-199: Council of Europe Framework Convention on the Value of Cultural Heritage for Society | Faro Convention
CETS-205: Council of Europe Convention on Access to Official Documents | Tromsø Convention | Tromso Convention
CETS-215: Council of Europe Convention on the Manipulation of Sports Competitions | Macolin Convention
ETS-126: European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment
ETS-157: Framework Convention for the Protection of National Minorities
ETS-163: European Social Charter (revised) | Revised European Social Charter
ETS-164: Convention on Human Rights and Biomedicine | Oviedo Convention
CETS-225: Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law | Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law | Framework Convention on Artificial Intelligence | Convention on Artificial Intelligence | AI Convention | AI Framework Convention | AI treaty | Framework Convention on AI | Convention-cadre du Conseil de l'Europe sur l'intelligence artificielle et les droits de l'homme, la démocratie et l'État de droit | Convention-cadre sur l'intelligence artificielle et les droits de l'homme, la démocratie et l'État de droit | Convention-cadre sur l'intelligence artificielle | Convention-cadre du Conseil de l'Europe sur l'intelligence artificielle et les droits de la personne, la démocratie et la primauté du droit | Convention-cadre du Conseil de l'Europe sur l'intelligence artificielle | Convention sur l'intelligence artificielle | Rahmenübereinkommen des Europarats über künstliche Intelligenz | 人工知能と人権、民主主義及び法の支配に関する欧州評議会枠組条約 | 人工知能に関する欧州評議会枠組条約
UNTC-XVIII-16: United Nations Convention against Cybercrime | UN Convention against Cybercrime | Convention against Cybercrime | Convention des Nations Unies contre la cybercriminalité
UNTC-XXVII-7-d: Paris Agreement | Paris climate agreement | Paris climate accord | Paris Accord | Accord de Paris
UNTC-XXVII-7-a: Kyoto Protocol to the United Nations Framework Convention on Climate Change | Kyoto Protocol | Protocole de Kyoto
UNTC-XXVII-7: United Nations Framework Convention on Climate Change | UNFCCC
UNTC-XXIII-1: Vienna Convention on the Law of Treaties | Convention de Vienne sur le droit des traités
UNTC-IV-11: Convention on the Rights of the Child | Convention relative aux droits de l'enfant
UNTC-IV-15: Convention on the Rights of Persons with Disabilities
UNTC-XXVI-9: Treaty on the Prohibition of Nuclear Weapons
UNTC-XXI-10: Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction | BBNJ Agreement | High Seas Treaty
UNTC-XXI-6: United Nations Convention on the Law of the Sea | UNCLOS
UNTC-IX-4: WHO Framework Convention on Tobacco Control | Framework Convention on Tobacco Control | FCTC | Convention-cadre de l'OMS pour la lutte antitabac | CCLAT
WHO-PANDEMIC-AGREEMENT: WHO Pandemic Agreement | Pandemic Agreement
`
