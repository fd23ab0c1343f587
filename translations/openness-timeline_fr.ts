<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssessmentWriter</name>
    <message>
        <source>the dataset is not a JSON object</source>
        <translation>le jeu de données n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>an assessment is not a JSON object</source>
        <translation>une évaluation n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Openness of AI model releases over time</source>
        <translation>Ouverture des publications de modèles d’IA au fil du temps</translation>
    </message>
    <message>
        <source>Line: each model&apos;s openness level, from its first release through each change. Marker: each release event (launch, weights or license change) at its level.</source>
        <translation>Ligne : le niveau d’ouverture de chaque modèle, de sa première publication à chacun de ses changements. Marqueur : chaque événement (lancement, poids ou changement de licence) à son niveau.</translation>
    </message>
    <message>
        <source>Line: the most open level each organization had released so far. Marker: each release event (launch, weights or license change) at its own level.</source>
        <translation>Ligne : le niveau le plus ouvert publié jusque-là par chaque organisation. Marqueur : chaque événement (lancement, poids ou changement de licence) à son propre niveau.</translation>
    </message>
    <message>
        <source>Date of the release event</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>%1 other organizations</source>
        <translation>%1 autres organisations</translation>
    </message>
    <message>
        <source>Share of release events by openness level, per year</source>
        <translation>Part des événements par niveau d’ouverture, par an</translation>
    </message>
    <message>
        <source>Release events per year, by openness level</source>
        <translation>Événements par an, par niveau d’ouverture</translation>
    </message>
    <message>
        <source>Counts launches, weights releases and license changes; not announcements, API openings or retirements.</source>
        <translation>Compte les lancements, les publications de poids et les changements de licence ; pas les annonces, les ouvertures d’API ni les retraits.</translation>
    </message>
    <message>
        <source>Year of the release event</source>
        <translation>Année de l’événement</translation>
    </message>
    <message>
        <source>Share of the year&apos;s release events</source>
        <translation>Part des événements de l’année</translation>
    </message>
    <message>
        <source>Release events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1: 1 release event</source>
        <translation>%1 : 1 événement</translation>
    </message>
    <message>
        <source>%1: %2 release events</source>
        <translation>%1 : %2 événements</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <source>Time from launch to published weights</source>
        <translation>Délai entre le lancement et la publication des poids</translation>
    </message>
    <message>
        <source>Months from a model&apos;s launch event to its first weights release, by organization. Open bars: weights not published as of %1.</source>
        <translation>Mois entre le lancement d’un modèle et la première publication de ses poids, par organisation. Barres ouvertes : poids non publiés au %1.</translation>
    </message>
    <message>
        <source>Not shown: 1 model whose weights came out at launch.</source>
        <translation>Non affiché : 1 modèle dont les poids sont sortis au lancement.</translation>
    </message>
    <message>
        <source>Not shown: %1 models whose weights came out at launch.</source>
        <translation>Non affichés : %1 modèles dont les poids sont sortis au lancement.</translation>
    </message>
    <message>
        <source>Unknown organization</source>
        <translation>Organisation inconnue</translation>
    </message>
    <message>
        <source>Weights not published yet</source>
        <translation>Poids pas encore publiés</translation>
    </message>
    <message>
        <source>Months after launch</source>
        <translation>Mois après le lancement</translation>
    </message>
    <message>
        <source>Months after launch (the %1 longest of %2 models)</source>
        <translation>Mois après le lancement (les %1 plus longs sur %2 modèles)</translation>
    </message>
    <message>
        <source>No model among the events shown published its weights after launch.</source>
        <translation>Aucun modèle parmi les événements affichés n’a publié ses poids après son lancement.</translation>
    </message>
    <message>
        <source>%1 (%2)
launched %3, weights %4: %5 months</source>
        <translation>%1 (%2)
lancé le %3, poids le %4 : %5 mois</translation>
    </message>
    <message>
        <source>%1 (%2)
launched %3, no weights as of %4: %5 months so far</source>
        <translation>%1 (%2)
lancé le %3, pas de poids au %4 : %5 mois à ce jour</translation>
    </message>
    <message>
        <source>Openness over time</source>
        <translation>Ouverture au fil du temps</translation>
    </message>
    <message>
        <source>Release events by level</source>
        <translation>Événements par niveau</translation>
    </message>
    <message>
        <source>Time to weights</source>
        <translation>Délai avant les poids</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>per organization, the most open level released so far, with a marker at each release event (default)</source>
        <translation>par organisation, le niveau le plus ouvert publié jusque-là, avec un marqueur à chaque événement (par défaut)</translation>
    </message>
    <message>
        <source>release events per year, stacked by openness level (alias: levels-by-year)</source>
        <translation>événements par an, empilés par niveau d’ouverture (alias : levels-by-year)</translation>
    </message>
    <message>
        <source>per model, the months from launch to published weights, by organization</source>
        <translation>par modèle, les mois entre le lancement et la publication des poids, par organisation</translation>
    </message>
    <message>
        <source>the timeline view (from the window&apos;s export dialog)</source>
        <translation>la chronologie (depuis la boîte d’export de la fenêtre)</translation>
    </message>
    <message>
        <source>Timeline of AI model release events by openness level</source>
        <translation>Chronologie des événements de modèles d’IA par niveau d’ouverture</translation>
    </message>
    <message>
        <source>Every event that passes the filter, announcements and retirements included, one lane per organization.</source>
        <translation>Chaque événement qui passe le filtre, annonces et retraits compris, une ligne par organisation.</translation>
    </message>
    <message>
        <source>the ten terms of the licenses of the filtered events, side by side (--export also writes .md and .csv)</source>
        <translation>les dix clauses des licences des événements filtrés, côte à côte (--export écrit aussi .md et .csv)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>the file could not be opened for writing</source>
        <translation>le fichier n’a pas pu être ouvert en écriture</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the finished file could not replace the old one</source>
        <translation>le fichier terminé n’a pas pu remplacer l’ancien</translation>
    </message>
    <message>
        <source>out of disk space or another resource</source>
        <translation>plus d’espace disque ou d’une autre ressource</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, état au %2</translation>
    </message>
    <message>
        <source>levels %1</source>
        <translation>niveaux %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>organizations %1</source>
        <translation>organisations %1</translation>
    </message>
    <message>
        <source>events %1</source>
        <translation>événements %1</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>texte « %1 »</translation>
    </message>
    <message>
        <source>Filter: none, all events.</source>
        <translation>Filtre : aucun, tous les événements.</translation>
    </message>
    <message>
        <source>Filter: %1.</source>
        <translation>Filtre : %1.</translation>
    </message>
    <message>
        <source>No events shown.</source>
        <translation>Aucun événement affiché.</translation>
    </message>
    <message>
        <source>1 event shown, %2 to %3.</source>
        <translation>1 événement affiché, du %2 au %3.</translation>
    </message>
    <message>
        <source>%1 events shown, %2 to %3.</source>
        <translation>%1 événements affichés, du %2 au %3.</translation>
    </message>
    <message>
        <source>No sources cited.</source>
        <translation>Aucune source citée.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Sources : %1.</translation>
    </message>
    <message>
        <source>Sources: %1 and %2 other sites; each event&apos;s sources are in the dataset.</source>
        <translation>Sources : %1 et %2 autres sites ; les sources de chaque événement sont dans le jeu de données.</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Données : %1.</translation>
    </message>
    <message>
        <source>%1: unknown image format; use a .png, .svg or .pdf file name</source>
        <translation>%1 : format d’image inconnu ; utilisez un nom de fichier en .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>%1: size %2x%3 is out of range (16 to 20000 pixels a side)</source>
        <translation>%1 : la taille %2x%3 est hors limites (16 à 20000 pixels par côté)</translation>
    </message>
    <message>
        <source>%1: scale %2 is out of range (1, 2 or 3)</source>
        <translation>%1 : l’échelle %2 est hors limites (1, 2 ou 3)</translation>
    </message>
    <message>
        <source>%1: %2x%3 at %4x is too large for a PNG (at most 120 million pixels)</source>
        <translation>%1 : %2x%3 à %4x est trop grand pour un PNG (au plus 120 millions de pixels)</translation>
    </message>
    <message>
        <source>%1: cannot write: the image could not be rendered</source>
        <translation>%1 : écriture impossible : l’image n’a pas pu être dessinée</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>Graphi&amp;que :</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>As &amp;shares (100%)</source>
        <translation>En par&amp;ts (100 %)</translation>
    </message>
    <message>
        <source>One line per &amp;model</source>
        <translation>Une ligne par &amp;modèle</translation>
    </message>
    <message>
        <source>Show each year&apos;s release events as shares of that year instead of counts</source>
        <translation>Montrer les événements de chaque année en parts de cette année plutôt qu’en nombres</translation>
    </message>
    <message>
        <source>Follow each model&apos;s level through its changes instead of each organization&apos;s most open release</source>
        <translation>Suivre le niveau de chaque modèle à travers ses changements plutôt que la publication la plus ouverte de chaque organisation</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, SVG or PDF file, or copy it</source>
        <translation>Enregistrer ce graphique en fichier PNG, SVG ou PDF, ou le copier</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Print (black on white)</source>
        <translation>Impression (noir sur blanc)</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>%1, %2: %3 (%4).</source>
        <translation>%1, %2 : %3 (%4).</translation>
    </message>
    <message>
        <source>Openness: %1.</source>
        <translation>Ouverture : %1.</translation>
    </message>
    <message>
        <source>License: %1.</source>
        <translation>Licence : %1.</translation>
    </message>
    <message>
        <source>Not confirmed in every detail.</source>
        <translation>Pas confirmé dans tous les détails.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>(source primaire)</translation>
    </message>
    <message>
        <source>Via Openness Timeline, dataset “%1”.</source>
        <translation>Via Openness Timeline, jeu de données « %1 ».</translation>
    </message>
    <message>
        <source>**%1, %2**: %3 (%4).</source>
        <translation>**%1, %2** : %3 (%4).</translation>
    </message>
    <message>
        <source>Openness: *%1*.</source>
        <translation>Ouverture : *%1*.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The dataset to open (the bundled one if none is given).</source>
        <translation>Le jeu de données à ouvrir (celui fourni si aucun n’est donné).</translation>
    </message>
    <message>
        <source>Check the dataset; print each problem as FILE:LINE:COLUMN: message.</source>
        <translation>Vérifier le jeu de données ; afficher chaque problème sous la forme FICHIER:LIGNE:COLONNE: message.</translation>
    </message>
    <message>
        <source>Print the release events, one JSON object a line.</source>
        <translation>Afficher les événements, un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Which chart --export renders (see Charts above).</source>
        <translation>Le graphique que dessine --export (voir Graphiques plus haut).</translation>
    </message>
    <message>
        <source>Only these openness levels (for --list, --export and the window).</source>
        <translation>Seulement ces niveaux d’ouverture (pour --list, --export et la fenêtre).</translation>
    </message>
    <message>
        <source>Only these organizations (ids, e.g. xai,meta).</source>
        <translation>Seulement ces organisations (identifiants, par ex. xai,meta).</translation>
    </message>
    <message>
        <source>Open the window with this release event selected.</source>
        <translation>Ouvrir la fenêtre avec cet événement sélectionné.</translation>
    </message>
    <message>
        <source>Language of the window and messages: %1, or system (remembered).</source>
        <translation>Langue de la fenêtre et des messages : %1, ou system (mémorisé).</translation>
    </message>
    <message>
        <source>Print at most N problems (default %1), then how many more there are of each kind.</source>
        <translation>Afficher au plus N problèmes (par défaut %1), puis combien d’autres il y a de chaque sorte.</translation>
    </message>
    <message>
        <source>--export needs a file name</source>
        <translation>--export demande un nom de fichier</translation>
    </message>
    <message>
        <source>%1: unknown image format; use a .png, .svg or .pdf file name</source>
        <translation>%1 : format d’image inconnu ; utilisez un nom de fichier en .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; expected one of %2</source>
        <translation>graphique « %1 » inconnu ; attendu : l’un de %2</translation>
    </message>
    <message>
        <source>unknown openness level %1; expected one of %2</source>
        <translation>niveau d’ouverture %1 inconnu ; attendu : l’un de %2</translation>
    </message>
    <message>
        <source>--levels needs at least one level id</source>
        <translation>--levels demande au moins un identifiant de niveau</translation>
    </message>
    <message>
        <source>--orgs needs at least one organization id</source>
        <translation>--orgs demande au moins un identifiant d’organisation</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT with each side from 16 to 20000 pixels, not &quot;%1&quot;</source>
        <translation>--size doit être LARGEURxHAUTEUR, chaque côté de 16 à 20000 pixels, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; expected one of %2, system</source>
        <translation>langue « %1 » inconnue ; attendu : l’une de %2, system</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected light, dark or system</source>
        <translation>thème « %1 » inconnu ; attendu : light, dark ou system</translation>
    </message>
    <message>
        <source>give at most one dataset file</source>
        <translation>donnez au plus un fichier de jeu de données</translation>
    </message>
    <message>
        <source>the dataset file name is empty; give a file, or none for the bundled dataset</source>
        <translation>le nom du fichier de données est vide ; donnez un fichier, ou aucun pour le jeu de données fourni</translation>
    </message>
    <message>
        <source>--max-problems needs a whole number of at least 1, not %1</source>
        <translation>--max-problems demande un nombre entier d’au moins 1, pas %1</translation>
    </message>
    <message>
        <source>unknown organization %1; this dataset has %2</source>
        <translation>organisation %1 inconnue ; ce jeu de données a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid: %2 release events, %3 organizations, %4 licenses, %5 models</source>
        <translation>%1 : valide : %2 événements, %3 organisations, %4 licences, %5 modèles</translation>
    </message>
    <message>
        <source>unknown or filtered-out release &quot;%1&quot;</source>
        <translation>événement « %1 » inconnu ou filtré</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message>
        <source>Pixels per layout pixel of a PNG: 1, 2 or 3 (default 1).</source>
        <translation>Pixels par pixel de mise en page d’un PNG : 1, 2 ou 3 (par défaut 1).</translation>
    </message>
    <message>
        <source>Colours: light, dark or system for the window (remembered); light, dark or print (default light) for --export.</source>
        <translation>Couleurs : light, dark ou system pour la fenêtre (mémorisé) ; light, dark ou print (par défaut light) pour --export.</translation>
    </message>
    <message>
        <source>Title of an exported chart (default: the chart&apos;s own).</source>
        <translation>Titre d’un graphique exporté (par défaut : le titre du graphique).</translation>
    </message>
    <message>
        <source>releases-by-level: each year&apos;s events as 100% shares instead of counts.</source>
        <translation>releases-by-level : les événements de chaque année en parts de 100 % plutôt qu’en nombres.</translation>
    </message>
    <message>
        <source>openness-over-time: one line per model instead of per organization.</source>
        <translation>openness-over-time : une ligne par modèle plutôt que par organisation.</translation>
    </message>
    <message>
        <source>Only these event kinds: %1.</source>
        <translation>Seulement ces types d’événements : %1.</translation>
    </message>
    <message>
        <source>Size of an exported chart in pixels (default 1600x900); SVG and PDF keep its aspect ratio.</source>
        <translation>Taille d’un graphique exporté en pixels (par défaut 1600x900) ; SVG et PDF en gardent les proportions.</translation>
    </message>
    <message>
        <source>--scale must be 1, 2 or 3, not &quot;%1&quot;</source>
        <translation>--scale doit valoir 1, 2 ou 3, pas « %1 »</translation>
    </message>
    <message>
        <source>--theme for --export must be one of %1, not &quot;%2&quot;</source>
        <translation>--theme pour --export doit être l’un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;; expected one of %2</source>
        <translation>type d’événement « %1 » inconnu ; attendu : l’un de %2</translation>
    </message>
    <message>
        <source>--kinds needs at least one event kind</source>
        <translation>--kinds demande au moins un type d’événement</translation>
    </message>
    <message>
        <source>cannot write to the standard output: %1</source>
        <translation>écriture impossible sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>Shows how open AI model releases really are, over time: a timeline of release events by organization, coloured by openness level, with each license explained term by term.

Exit codes: 0 success; 1 the dataset is invalid; 2 bad usage, unreadable dataset, or the export could not be written (then no partial file is left).
For --import: 0 written (rows that could not be imported are reported as FILE:LINE: message and skipped); 1 nothing could be imported; 2 bad usage, unreadable input or the output could not be written.

Openness levels (least open first): %1
Charts:
%2</source>
        <translation>Montre à quel point les publications de modèles d’IA sont vraiment ouvertes, au fil du temps : une frise des événements par organisation, colorés selon le niveau d’ouverture, avec chaque licence expliquée clause par clause.

Codes de sortie : 0 succès ; 1 le jeu de données est invalide ; 2 mauvaise utilisation, jeu de données illisible, ou l’export n’a pas pu être écrit (aucun fichier partiel n’est alors laissé).
Pour --import : 0 écrit (les lignes qui n’ont pas pu être importées sont signalées sous la forme FICHIER:LIGNE: message et ignorées) ; 1 rien n’a pu être importé ; 2 mauvaise utilisation, entrée illisible ou la sortie n’a pas pu être écrite.

Niveaux d’ouverture (du moins ouvert au plus ouvert) : %1
Graphiques :
%2</translation>
    </message>
    <message>
        <source>Render a chart to FILE (.png, .svg or .pdf) without opening a window; --chart licenses also writes .md and .csv.</source>
        <translation>Dessiner un graphique dans le fichier FILE (.png, .svg ou .pdf) sans ouvrir de fenêtre ; --chart licenses écrit aussi .md et .csv.</translation>
    </message>
    <message>
        <source>Where --import writes the dataset (written completely or not at all).</source>
        <translation>Où --import écrit le jeu de données (écrit entièrement ou pas du tout).</translation>
    </message>
    <message>
        <source>unknown import format %1; expected one of %2</source>
        <translation>format d’import %1 inconnu ; attendu : l’un de %2</translation>
    </message>
    <message>
        <source>use only one of --validate, --list, --export and --import</source>
        <translation>utilisez une seule des options --validate, --list, --export et --import</translation>
    </message>
    <message>
        <source>--import needs -o OUT.json, the file to write</source>
        <translation>--import demande -o OUT.json, le fichier à écrire</translation>
    </message>
    <message>
        <source>-o/--output is for --import</source>
        <translation>-o/--output ne sert qu’avec --import</translation>
    </message>
    <message>
        <source>%1: unknown format; use a .png, .svg, .pdf, .md or .csv file name</source>
        <translation>%1 : format inconnu ; utilisez un nom de fichier en .png, .svg, .pdf, .md ou .csv</translation>
    </message>
    <message>
        <source>--import %1 needs the file to import</source>
        <translation>--import %1 demande le fichier à importer</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1 : rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: wrote %2 models of %3 organizations (%4); %5 of %6 rows skipped</source>
        <translation>%1 : %2 modèles de %3 organisations écrits (%4) ; %5 lignes sur %6 ignorées</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Données : %1.</translation>
    </message>
    <message>
        <source>--import osai needs the Index&apos;s folder: --import osai DIR -o OUT.json</source>
        <translation>--import osai a besoin du dossier de l&apos;Index : --import osai DIR -o OUT.json</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 entries read, %4 matched a model, %5 matched none, %6 files skipped</source>
        <translation>%1 : %2 fichiers, %3 entrées lues, %4 associées à un modèle, %5 à aucun, %6 fichiers ignorés</translation>
    </message>
    <message>
        <source>nothing to import: no usable Index entry</source>
        <translation>rien à importer : aucune entrée de l&apos;Index utilisable</translation>
    </message>
    <message>
        <source>%1: not written: the result would not be a valid dataset</source>
        <translation>%1 : non écrit : le résultat ne serait pas un jeu de données valide</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Convert another catalogue into this format, or attach its verdicts to the models of the dataset given (the bundled one if none is): &quot;--import epoch FILE.csv -o OUT.json&quot; converts Epoch AI&apos;s Notable AI Models CSV; &quot;--import epoch-values FILE.csv -o OUT.json&quot; attaches its accessibility values; &quot;--import osai DIR -o OUT.json&quot; attaches the Open Source AI Index&apos;s grades (its YAML folder). Formats: %1.</source>
        <translation>Convertir un autre catalogue dans ce format, ou rattacher ses verdicts aux modèles du jeu de données donné (celui fourni si aucun ne l’est) : « --import epoch FILE.csv -o OUT.json » convertit le CSV « Notable AI Models » d’Epoch AI ; « --import epoch-values FILE.csv -o OUT.json » rattache ses valeurs d’accessibilité ; « --import osai DIR -o OUT.json » rattache les notes de l’Open Source AI Index (son dossier YAML). Formats : %1.</translation>
    </message>
    <message>
        <source>--import epoch-values needs Epoch AI&apos;s CSV: --import epoch-values FILE.csv -o OUT.json</source>
        <translation>--import epoch-values demande le CSV d’Epoch AI : --import epoch-values FILE.csv -o OUT.json</translation>
    </message>
    <message>
        <source>%1: nothing to attach: no usable row</source>
        <translation>%1 : rien à rattacher : aucune ligne utilisable</translation>
    </message>
    <message>
        <source>%1: %2 rows read; %3 of the %4 models matched a row</source>
        <translation>%1 : %2 lignes lues ; %3 des %4 modèles correspondent à une ligne</translation>
    </message>
    <message>
        <source>the file is empty now; it changed while it was read</source>
        <translation>le fichier est maintenant vide ; il a changé pendant la lecture</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>file too large (%1 bytes); the limit is %2 MiB (%3 bytes)</source>
        <translation>fichier trop volumineux (%1 octets) ; la limite est de %2 Mio (%3 octets)</translation>
    </message>
    <message>
        <source>cannot load the dataset: %1</source>
        <translation>impossible de charger le jeu de données : %1</translation>
    </message>
    <message>
        <source>cannot open: it is a folder, not a file</source>
        <translation>ouverture impossible : c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>and at least %1 more problems of these kinds: %2; checking stopped there</source>
        <translation>et au moins %1 autres problèmes de ces sortes : %2 ; la vérification s’est arrêtée là</translation>
    </message>
    <message>
        <source>and %1 more problems of these kinds: %2</source>
        <translation>et %1 autres problèmes de ces sortes : %2</translation>
    </message>
    <message>
        <source>cannot open: the file name is empty</source>
        <translation>ouverture impossible : le nom de fichier est vide</translation>
    </message>
    <message>
        <source>cannot open: not a regular file (a pipe, socket or device); give a file</source>
        <translation>ouverture impossible : pas un fichier ordinaire (un tube, un socket ou un périphérique) ; donnez un fichier</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>duplicate key %1; the later value would silently replace the earlier one</source>
        <translation>clé %1 en double ; la valeur suivante remplacerait la précédente sans prévenir</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>missing required key %1</source>
        <translation>la clé obligatoire %1 manque</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected %2</source>
        <translation>type incorrect : %1 trouvé, %2 attendu</translation>
    </message>
    <message>
        <source>%1 is empty; expected some text</source>
        <translation>%1 est vide ; du texte est attendu</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a string or null</source>
        <translation>type incorrect : %1 trouvé, une chaîne ou null attendu</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 n’est pas une date de la forme AAAA-MM-JJ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not a date that exists; expected a real date as YYYY-MM-DD</source>
        <translation>%1 n’est pas une date qui existe ; une vraie date au format YYYY-MM-DD est attendue</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>invalid id %1; expected only lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>identifiant %1 invalide ; seuls les minuscules, chiffres, &quot;.&quot;, &quot;_&quot; et &quot;-&quot; sont permis</translation>
    </message>
    <message>
        <source>unknown %1 %2; expected one of %3</source>
        <translation>%1 %2 inconnu ; attendu : l’un de %3</translation>
    </message>
    <message>
        <source>unknown key %1; expected one of %2</source>
        <translation>clé %1 inconnue ; attendu : l’une de %2</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected %2 (an object)</source>
        <translation>type incorrect : %1 trouvé, %2 attendu (un objet)</translation>
    </message>
    <message>
        <source>no sources; expected at least one source for every fact</source>
        <translation>aucune source ; au moins une source est attendue pour chaque fait</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>une source</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>type de source</translation>
    </message>
    <message>
        <source>a corporate stage</source>
        <translation>une phase de l’entreprise</translation>
    </message>
    <message>
        <source>a corporate event</source>
        <translation>un événement de l’entreprise</translation>
    </message>
    <message>
        <source>stage pressure</source>
        <translation>pression de la phase</translation>
    </message>
    <message>
        <source>from %1, ongoing</source>
        <translation>depuis le %1, en cours</translation>
    </message>
    <message>
        <source>corporate event kind</source>
        <translation>type d’événement de l’entreprise</translation>
    </message>
    <message>
        <source>a term ruling</source>
        <translation>une règle de licence</translation>
    </message>
    <message>
        <source>term status</source>
        <translation>statut de la condition</translation>
    </message>
    <message>
        <source>date precision</source>
        <translation>précision de la date</translation>
    </message>
    <message>
        <source>release kind</source>
        <translation>type d’événement</translation>
    </message>
    <message>
        <source>openness level</source>
        <translation>niveau d’ouverture</translation>
    </message>
    <message>
        <source>duplicate %1 id %2; already used on line %3 (%4)</source>
        <translation>identifiant de %1 %2 en double ; déjà utilisé ligne %3 (%4)</translation>
    </message>
    <message>
        <source>unknown organization %1; expected the id of an organization in $.organizations</source>
        <translation>organisation %1 inconnue ; l’identifiant d’une organisation de $.organizations est attendu</translation>
    </message>
    <message>
        <source>unknown license %1; expected the id of a license in $.licenses</source>
        <translation>licence %1 inconnue ; l’identifiant d’une licence de $.licenses est attendu</translation>
    </message>
    <message>
        <source>unknown model %1; expected the id of a model in $.models</source>
        <translation>modèle %1 inconnu ; l’identifiant d’un modèle de $.models est attendu</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a dataset (an object)</source>
        <translation>type incorrect : %1 trouvé, un jeu de données (un objet) attendu</translation>
    </message>
    <message>
        <source>unsupported format %1; expected %2</source>
        <translation>format %1 non pris en charge ; %2 attendu</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <source>license</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>a license</source>
        <translation>une licence</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>un modèle</translation>
    </message>
    <message>
        <source>release</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>a release</source>
        <translation>un événement</translation>
    </message>
    <message>
        <source>%1 is outside the years %2 to %3</source>
        <translation>%1 est hors des années %2 à %3</translation>
    </message>
    <message>
        <source>%1 has date_precision &quot;month&quot;, so it must be the first day of its month: expected %2</source>
        <translation>%1 a date_precision &quot;month&quot; et doit donc être le premier jour de son mois : %2 attendu</translation>
    </message>
    <message>
        <source>%1 has date_precision &quot;year&quot;, so it must be the first day of its year: expected %2</source>
        <translation>%1 a date_precision &quot;year&quot; et doit donc être le premier jour de son année : %2 attendu</translation>
    </message>
    <message>
        <source>%1 is not an https URL; link the https address where there is one</source>
        <translation>%1 n’est pas une URL https ; mettez l’adresse https quand il y en a une</translation>
    </message>
    <message>
        <source>%1 is a bare domain; link the page that states the fact</source>
        <translation>%1 n’est qu’un domaine ; mettez la page qui énonce le fait</translation>
    </message>
    <message>
        <source>the stage ends on %1, before it starts on %2; expected an end after the start</source>
        <translation>la phase se termine le %1, avant son début le %2 ; la fin doit être après le début</translation>
    </message>
    <message>
        <source>the stage ends on %1, the day it starts; the end is the first day the stage no longer holds, so expected a later date</source>
        <translation>la phase se termine le %1, le jour de son début ; la fin est le premier jour où la phase ne vaut plus, une date plus tardive est donc attendue</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>du %1 jusqu’au %2</translation>
    </message>
    <message>
        <source>stage %1 starts on %2, inside stage %3 (%4); stages of one organization may not overlap (a stage may start on the day another ends)</source>
        <translation>la phase %1 commence le %2, pendant la phase %3 (%4) ; les phases d’une organisation ne peuvent pas se chevaucher (une phase peut commencer le jour où une autre se termine)</translation>
    </message>
    <message>
        <source>%1 is not an SPDX license id or expression (such as &quot;Apache-2.0&quot; or &quot;LicenseRef-custom&quot;); use null when the license has none</source>
        <translation>%1 n’est pas un identifiant ou une expression de licence SPDX (comme &quot;Apache-2.0&quot; ou &quot;LicenseRef-custom&quot;) ; utilisez null quand la licence n’en a pas</translation>
    </message>
    <message>
        <source>date_latest %1 is before date %2; expected the last day the event may have happened on, on or after date</source>
        <translation>date_latest %1 est avant date %2 ; le dernier jour possible de l’événement est attendu, le jour de date ou après</translation>
    </message>
    <message>
        <source>more than %1 values in one item; no item of a dataset needs that many, so the rest of it was not read</source>
        <translation>plus de %1 valeurs dans un élément ; aucun élément d’un jeu de données n’en a besoin d’autant, le reste n’a donc pas été lu</translation>
    </message>
    <message>
        <source>a grade</source>
        <translation>une note</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>note</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a URL</source>
        <translation>mauvais type : %1 trouvé, une URL attendue</translation>
    </message>
    <message>
        <source>an empty list of links; leave &quot;link&quot; out when there is none</source>
        <translation>une liste de liens vide ; omettez &quot;link&quot; s&apos;il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a URL or a list of URLs</source>
        <translation>mauvais type : %1 trouvé, une URL ou une liste d&apos;URL attendue</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Release details</source>
        <translation>Détails de l’événement</translation>
    </message>
</context>
<context>
    <name>EpochImport</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>malformed CSV: a quote inside an unquoted field, or text after a closing quote; expected a field that is either quoted as a whole or has no quotes</source>
        <translation>CSV mal formé : un guillemet dans un champ sans guillemets, ou du texte après un guillemet fermant ; attendu : un champ entièrement entre guillemets ou sans aucun guillemet</translation>
    </message>
    <message>
        <source>malformed CSV: the row starting here breaks the quoting rules on line %1; expected a field that is either quoted as a whole or has no quotes</source>
        <translation>CSV mal formé : la ligne qui commence ici enfreint les règles des guillemets à la ligne %1 ; attendu : un champ entièrement entre guillemets ou sans aucun guillemet</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field of the row starting here; expected a closing quote</source>
        <translation>le fichier se termine dans un champ entre guillemets de la ligne qui commence ici ; attendu : un guillemet fermant</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 paramètres</translation>
    </message>
    <message>
        <source>Epoch AI does not say how the model was made available, so the level is unknown: not guessed.</source>
        <translation>Epoch AI ne dit pas comment le modèle a été rendu accessible, le niveau est donc inconnu : il n’est pas deviné.</translation>
    </message>
    <message>
        <source>Epoch AI: weights downloadable with no use restrictions. Not open source AI: that also needs the training code and information about the training data, which Epoch does not record.</source>
        <translation>Epoch AI : poids téléchargeables sans restriction d’usage. Pas une IA open source : il faut aussi le code d’entraînement et des informations sur les données d’entraînement, qu’Epoch ne recense pas.</translation>
    </message>
    <message>
        <source>Epoch AI: weights downloadable for restricted uses, commercial use allowed under conditions.</source>
        <translation>Epoch AI : poids téléchargeables pour des usages restreints, usage commercial autorisé sous conditions.</translation>
    </message>
    <message>
        <source>Epoch AI: weights downloadable for non-commercial use only.</source>
        <translation>Epoch AI : poids téléchargeables pour un usage non commercial uniquement.</translation>
    </message>
    <message>
        <source>Epoch AI: usable through the maker&apos;s API; no weights.</source>
        <translation>Epoch AI : utilisable via l’API de l’éditeur ; pas de poids.</translation>
    </message>
    <message>
        <source>Epoch AI: usable through the maker&apos;s hosted service, without an API; no weights.</source>
        <translation>Epoch AI : utilisable via le service hébergé de l’éditeur, sans API ; pas de poids.</translation>
    </message>
    <message>
        <source>Epoch AI: limited access, a preview for selected users: not generally available.</source>
        <translation>Epoch AI : accès limité, une avant-première pour des utilisateurs choisis : pas accessible au public.</translation>
    </message>
    <message>
        <source>Epoch AI: unreleased, no access outside the maker.</source>
        <translation>Epoch AI : non publié, aucun accès en dehors de l’éditeur.</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is larger than 1 GiB</source>
        <translation>le fichier dépasse 1 Gio</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>no header row; expected Epoch AI&apos;s CSV header naming the columns %1</source>
        <translation>pas de ligne d’en-tête ; attendu : l’en-tête CSV d’Epoch AI, qui nomme les colonnes %1</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; expected Epoch AI&apos;s CSV header, which names %2</source>
        <translation>il manque à l’en-tête la ou les colonnes %1 ; attendu : l’en-tête CSV d’Epoch AI, qui nomme %2</translation>
    </message>
    <message>
        <source>the row has %1 field(s); expected %2, as many as the header</source>
        <translation>la ligne a %1 champ(s) ; attendu : %2, autant que l’en-tête</translation>
    </message>
    <message>
        <source>invalid UTF-8 in the column %1; expected UTF-8 text</source>
        <translation>UTF-8 invalide dans la colonne %1 ; attendu : du texte en UTF-8</translation>
    </message>
    <message>
        <source>no model name in the column %1</source>
        <translation>pas de nom de modèle dans la colonne %1</translation>
    </message>
    <message>
        <source>%1 has no publication date; expected YYYY-MM-DD in the column %2</source>
        <translation>%1 n’a pas de date de publication ; attendu : AAAA-MM-JJ dans la colonne %2</translation>
    </message>
    <message>
        <source>%1 has the publication date %2; expected a date YYYY-MM-DD (or YYYY-MM, YYYY) from 1900 to 2100</source>
        <translation>%1 a la date de publication %2 ; attendu : une date AAAA-MM-JJ (ou AAAA-MM, AAAA) de 1900 à 2100</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s accessibility value is not one this import knows, so the level is unknown: not guessed.</source>
        <translation>La valeur d’accessibilité d’Epoch AI n’est pas connue de cet import, le niveau est donc inconnu : il n’est pas deviné.</translation>
    </message>
    <message>
        <source>%1 has the accessibility value %2, which this import does not know; imported at level &quot;unknown&quot;</source>
        <translation>%1 a la valeur d’accessibilité %2, que cet import ne connaît pas ; importé au niveau « unknown »</translation>
    </message>
    <message>
        <source>no row could be imported</source>
        <translation>aucune ligne n’a pu être importée</translation>
    </message>
    <message>
        <source>Organization not given</source>
        <translation>Organisation non précisée</translation>
    </message>
    <message>
        <source>Domain (Epoch AI): %1</source>
        <translation>Domaine (Epoch AI) : %1</translation>
    </message>
    <message>
        <source>%1 weights published</source>
        <translation>Poids de %1 publiés</translation>
    </message>
    <message>
        <source>%1 launched</source>
        <translation>%1 lancé</translation>
    </message>
    <message>
        <source>%1 announced, not released</source>
        <translation>%1 annoncé, non publié</translation>
    </message>
    <message>
        <source>%1 published; access not stated</source>
        <translation>%1 publié ; accès non précisé</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s Notable AI Models lists %1, published on this date, and does not say how it was made available.</source>
        <translation>« Notable AI Models » d’Epoch AI recense %1, publié à cette date, sans dire comment il a été rendu accessible.</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s Notable AI Models lists %1, published on this date, with the model accessibility “%2”.</source>
        <translation>« Notable AI Models » d’Epoch AI recense %1, publié à cette date, avec l’accessibilité « %2 ».</translation>
    </message>
    <message>
        <source>The date is Epoch&apos;s publication date (paper or announcement): the weights or the product may have come out later.</source>
        <translation>La date est la date de publication selon Epoch (article ou annonce) : les poids ou le produit ont pu sortir plus tard.</translation>
    </message>
    <message>
        <source>Publication cited by Epoch AI for %1</source>
        <translation>Publication citée par Epoch AI pour %1</translation>
    </message>
    <message>
        <source>%1 (link %2 of %3)</source>
        <translation>%1 (lien %2 sur %3)</translation>
    </message>
    <message>
        <source>Epoch AI names several organizations; filed under the first. The others: %1.</source>
        <translation>Epoch AI cite plusieurs organisations ; classé sous la première. Les autres : %1.</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s accessibility notes: %1</source>
        <translation>Notes d’Epoch AI sur l’accessibilité : %1</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s categorization: %1.</source>
        <translation>Catégorisation d’Epoch AI : %1.</translation>
    </message>
    <message>
        <source>Epoch AI, Notable AI Models (imported from %1)</source>
        <translation>Epoch AI, Notable AI Models (importé depuis %1)</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n model(s), each at the level its Epoch AI model accessibility maps to; rows without one are at level “unknown”.</source>
        <translation>
            <numerusform>Importé depuis %1 : %n modèle, au niveau qui correspond à son accessibilité selon Epoch AI ; les lignes sans accessibilité sont au niveau « unknown ».</numerusform>
            <numerusform>Importé depuis %1 : %n modèles, chacun au niveau qui correspond à son accessibilité selon Epoch AI ; les lignes sans accessibilité sont au niveau « unknown ».</numerusform>
        </translation>
    </message>
    <message>
        <source>the converted dataset breaks a rule: %1</source>
        <translation>le jeu de données converti enfreint une règle : %1</translation>
    </message>
    <message>
        <source>%1 names %2 models of the dataset (%3); nothing attached</source>
        <translation>%1 désigne %2 modèles du jeu de données (%3) ; rien n’est rattaché</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>%1: Epoch AI&apos;s rows %2 disagree; nothing attached</source>
        <translation>%1 : les lignes d’Epoch AI %2 se contredisent ; rien n’est rattaché</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print a &amp;caption under the chart</source>
        <translation>Imprimer une &amp;légende sous le graphique</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing (vector, text kept as text)</source>
        <translation>Dessin SVG (vectoriel, le texte reste du texte)</translation>
    </message>
    <message>
        <source>PDF document (one page)</source>
        <translation>Document PDF (une page)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, paysage</translation>
    </message>
    <message>
        <source>US Letter, landscape</source>
        <translation>US Letter, paysage</translation>
    </message>
    <message>
        <source>A5, landscape</source>
        <translation>A5, paysage</translation>
    </message>
    <message>
        <source> px</source>
        <translation> pixels</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Pixels per layout pixel in a PNG, for high-resolution screens and print</source>
        <translation>Pixels par pixel de mise en page dans un PNG, pour les écrans haute résolution et l’impression</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>C&amp;opy to Clipboard</source>
        <translation>C&amp;opier dans le presse-papiers</translation>
    </message>
    <message>
        <source>There is no dataset to chart.</source>
        <translation>Aucun jeu de données à représenter.</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard as an image.</source>
        <translation>Le graphique a été copié dans le presse-papiers sous forme d’image.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Choose the organizations to show: search, check, All or None</source>
        <translation>Choisir les organisations : chercher, cocher, Toutes ou Aucune</translation>
    </message>
    <message>
        <source>Organizations shown</source>
        <translation>Organisations affichées</translation>
    </message>
    <message numerus="yes">
        <source>All %n ▾</source>
        <translation>
            <numerusform>Toutes (%n) ▾</numerusform>
            <numerusform>Toutes (%n) ▾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ▾</source>
        <translation>
            <numerusform>%1 sur %n ▾</numerusform>
            <numerusform>%1 sur %n ▾</numerusform>
        </translation>
    </message>
    <message>
        <source>Openness:</source>
        <translation>Ouverture :</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisations :</translation>
    </message>
    <message>
        <source>Filter by text (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrer par texte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 sur %Ln événement</numerusform>
            <numerusform>%1 sur %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
</context>
<context>
    <name>JsonDocumentReader</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file must be encoded in UTF-8</source>
        <translation>UTF-8 invalide (octet 0x%1) ; le fichier doit être encodé en UTF-8</translation>
    </message>
    <message>
        <source>cannot read the JSON text: %1</source>
        <translation>impossible de lire le texte JSON : %1</translation>
    </message>
    <message>
        <source>JSON syntax error: a NUL character (U+0000) is not allowed here</source>
        <translation>erreur de syntaxe JSON : un caractère NUL (U+0000) n’est pas permis ici</translation>
    </message>
    <message>
        <source>cannot read the JSON text</source>
        <translation>impossible de lire le texte JSON</translation>
    </message>
    <message>
        <source>this file is %1; save it as UTF-8</source>
        <translation>ce fichier est en %1 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>JSON syntax error: a second byte-order mark (U+FEFF); a file starts with one at most</source>
        <translation>erreur de syntaxe JSON : une deuxième marque d’ordre des octets (U+FEFF) ; un fichier commence par une au plus</translation>
    </message>
</context>
<context>
    <name>LanePanel</name>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>&amp;Replier</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Find a lane</source>
        <translation>Trouver une ligne</translation>
    </message>
    <message>
        <source>Type part of an organization&apos;s name; Enter goes to the first lane found</source>
        <translation>Taper une partie du nom d’une organisation ; Entrée va à la première ligne trouvée</translation>
    </message>
    <message>
        <source>The order of the lanes; pinned lanes stay at the top</source>
        <translation>L’ordre des lignes ; les lignes épinglées restent en haut</translation>
    </message>
    <message>
        <source>Lane order</source>
        <translation>Ordre des lignes</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) shown</source>
        <translation>
            <numerusform>%Ln événement affiché</numerusform>
            <numerusform>%Ln événements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the chosen organization&apos;s lane at the top</source>
        <translation>Garder en haut la ligne de l’organisation choisie</translation>
    </message>
    <message>
        <source>Show the chosen organization&apos;s lane as one thin row, without labels</source>
        <translation>Afficher la ligne de l’organisation choisie sur une seule rangée fine, sans étiquettes</translation>
    </message>
    <message>
        <source>Lanes &amp;before Others:</source>
        <translation>Lignes avant « A&amp;utres » :</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message numerus="yes">
        <source>How many organizations, those with the most events, keep a lane of their own when more than %n have events shown; the rest share one Others lane. 0: every one has a lane.</source>
        <translation>
            <numerusform>Combien d’organisations (celles qui ont le plus d’événements) gardent leur propre ligne quand plus de %n ont des événements affichés ; les autres partagent une ligne « Autres ». 0 : chacune a sa ligne.</numerusform>
            <numerusform>Combien d’organisations (celles qui ont le plus d’événements) gardent leur propre ligne quand plus de %n ont des événements affichés ; les autres partagent une ligne « Autres ». 0 : chacune a sa ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>in Others</source>
        <translation>dans « Autres »</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>repliée</translation>
    </message>
</context>
<context>
    <name>LicensePanel</name>
    <message>
        <source>Licenses in the fil&amp;ter</source>
        <translation>Licences du fil&amp;tre</translation>
    </message>
    <message>
        <source>Pic&amp;k licenses</source>
        <translation>&amp;Choisir des licences</translation>
    </message>
    <message>
        <source>Compare the licenses of the release events the filter shows</source>
        <translation>Comparer les licences des événements que le filtre affiche</translation>
    </message>
    <message>
        <source>Compare %1 to %2 licenses of your choice</source>
        <translation>Comparer de %1 à %2 licences de votre choix</translation>
    </message>
    <message>
        <source>As &amp;Image (PNG, SVG, PDF)…</source>
        <translation>En &amp;image (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>As &amp;Markdown or CSV…</source>
        <translation>En &amp;Markdown ou CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Save this table as an image, or as Markdown or CSV</source>
        <translation>Enregistrer ce tableau en image, en Markdown ou en CSV</translation>
    </message>
    <message>
        <source>Licenses to compare</source>
        <translation>Licences à comparer</translation>
    </message>
    <message>
        <source>Check %1 to %2 licenses</source>
        <translation>Cochez de %1 à %2 licences</translation>
    </message>
    <message>
        <source>Licenses side by side</source>
        <translation>Licences côte à côte</translation>
    </message>
    <message>
        <source>Selected term</source>
        <translation>Clause sélectionnée</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer :</translation>
    </message>
    <message>
        <source>No dataset.</source>
        <translation>Aucun jeu de données.</translation>
    </message>
    <message>
        <source>Select a cell to read the clause, its source and what changed from the previous version.</source>
        <translation>Sélectionnez une cellule pour lire la clause, sa source et ce qui a changé depuis la version précédente.</translation>
    </message>
    <message>
        <source>Check %1 to %2 licenses in the list (%3 checked).</source>
        <translation>Cochez de %1 à %2 licences dans la liste (%3 cochées).</translation>
    </message>
    <message>
        <source>No release event in the filter has a license.</source>
        <translation>Aucun événement du filtre n’a de licence.</translation>
    </message>
    <message>
        <source>Export Licenses Table</source>
        <translation>Exporter le tableau des licences</translation>
    </message>
    <message>
        <source>Data: %1, as of %2.</source>
        <translation>Données : %1, au %2.</translation>
    </message>
    <message>
        <source>unconfirmed: not checked against the license text</source>
        <translation>non confirmé : non vérifié sur le texte de la licence</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>%1 said:</source>
        <translation>%1 disait :</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s) picked.</source>
        <translation>
            <numerusform>%n licence choisie.</numerusform>
            <numerusform>%n licences choisies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s) of the filtered release events.</source>
        <translation>
            <numerusform>%n licence des événements filtrés.</numerusform>
            <numerusform>%n licences des événements filtrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseTableExporter</name>
    <message>
        <source>Licenses side by side</source>
        <translation>Licences côte à côte</translation>
    </message>
    <message>
        <source>No license to compare: no release event in the filter has a license.</source>
        <translation>Aucune licence à comparer : aucun événement du filtre n’a de licence.</translation>
    </message>
    <message>
        <source>▲ changed, △ reworded: from the version to its left</source>
        <translation>▲ modifié, △ reformulé : par rapport à la version à sa gauche</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tableau Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 licenses picked, versions of one license next to each other, oldest first.</source>
        <translation>%1 licences choisies, les versions d’une même licence côte à côte, la plus ancienne d’abord.</translation>
    </message>
    <message>
        <source>The %1 licenses of the release events in the filter, versions of one license next to each other, oldest first.</source>
        <translation>Les %1 licences des événements du filtre, les versions d’une même licence côte à côte, la plus ancienne d’abord.</translation>
    </message>
    <message>
        <source>No license to compare.</source>
        <translation>Aucune licence à comparer.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulé</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>▲ changed: a different answer than the previous version to its left; △ reworded: the same answer, a different clause.</source>
        <translation>▲ modifié : une réponse différente de la version précédente, à sa gauche ; △ reformulé : la même réponse, une autre formulation de la clause.</translation>
    </message>
    <message>
        <source>%1: unknown table format; use a .md or .csv file name</source>
        <translation>%1 : format de tableau inconnu ; utilisez un nom de fichier en .md ou .csv</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>LicenseTableModel</name>
    <message>
        <source>▲ changed</source>
        <translation>▲ modifié</translation>
    </message>
    <message>
        <source>△ reworded</source>
        <translation>△ reformulé</translation>
    </message>
    <message>
        <source>? unconfirmed</source>
        <translation>? non confirmé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed from %1: %2 → %3.</source>
        <translation>Modifié par rapport à %1 : %2 → %3.</translation>
    </message>
    <message>
        <source>Changed from %1: the same answer (%2), but the clause reads differently.</source>
        <translation>Modifié par rapport à %1 : la même réponse (%2), mais la clause est formulée autrement.</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(non confirmé)</translation>
    </message>
    <message>
        <source>SPDX: %1</source>
        <translation>SPDX : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) changed from %1.</source>
        <translation>
            <numerusform>%n clause modifiée par rapport à %1.</numerusform>
            <numerusform>%n clauses modifiées par rapport à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of this license was not confirmed against its text.</source>
        <translation>Une partie de cette licence n’a pas été vérifiée sur son texte.</translation>
    </message>
</context>
<context>
    <name>LicenseTerms</name>
    <message>
        <source>Commercial use</source>
        <translation>Usage commercial</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>Redistribution</translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation>Utiliser les sorties pour entraîner d’autres modèles</translation>
    </message>
    <message>
        <source>User or revenue thresholds</source>
        <translation>Seuils d’utilisateurs ou de revenus</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Politique d’usage acceptable</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Licensor may revoke or terminate</source>
        <translation>Le concédant peut révoquer ou résilier</translation>
    </message>
    <message>
        <source>Patent grant</source>
        <translation>Licence de brevets</translation>
    </message>
    <message>
        <source>Geographic limits</source>
        <translation>Limites géographiques</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Sous conditions</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non traité</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>Show &amp;Lane List</source>
        <translation>Afficher la &amp;liste des lignes</translation>
    </message>
    <message>
        <source>A searchable list of the lanes beside the timeline</source>
        <translation>Une liste des lignes, avec recherche, à côté de la frise</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Release events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Reset Filter</source>
        <translation>&amp;Réinitialiser le filtre</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <source>Open a dataset file (JSON)</source>
        <translation>Ouvrir un fichier de jeu de données (JSON)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>Ouvrir le jeu de données &amp;fourni</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Epoch AI CSV…</source>
        <translation>CSV d’&amp;Epoch AI…</translation>
    </message>
    <message>
        <source>Convert Epoch AI&apos;s Notable AI Models CSV into a dataset, save it and open it</source>
        <translation>Convertir le CSV « Notable AI Models » d’Epoch AI en jeu de données, l’enregistrer et l’ouvrir</translation>
    </message>
    <message>
        <source>&amp;Copy Citation</source>
        <translation>&amp;Copier la citation</translation>
    </message>
    <message>
        <source>Copy the selected release as a citation, with its sources</source>
        <translation>Copier l’événement sélectionné comme citation, avec ses sources</translation>
    </message>
    <message>
        <source>Copy Citation as &amp;Markdown</source>
        <translation>Copier la citation en &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter by Text</source>
        <translation>Filtrer par &amp;texte</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>Afficher les &amp;événements</translation>
    </message>
    <message>
        <source>Show &amp;Chart</source>
        <translation>Afficher le &amp;graphique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Openness Levels</source>
        <translation>&amp;Niveaux d’ouverture</translation>
    </message>
    <message>
        <source>&amp;About Openness Timeline</source>
        <translation>À &amp;propos d’Openness Timeline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language changes the next time Openness Timeline starts.</source>
        <translation>La langue change au prochain démarrage d’Openness Timeline.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); kept the dataset that was open.</source>
        <translation>
            <numerusform>%1 a %n problème ; le jeu de données ouvert est conservé.</numerusform>
            <numerusform>%1 a %n problèmes ; le jeu de données ouvert est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled dataset</source>
        <translation>jeu de données fourni</translation>
    </message>
    <message>
        <source>%1 is no longer there; opened the bundled dataset.</source>
        <translation>%1 n’existe plus ; le jeu de données fourni a été ouvert.</translation>
    </message>
    <message>
        <source>%1 could not be opened (see Problems); opened the bundled dataset.</source>
        <translation>%1 n’a pas pu être ouvert (voir Problèmes) ; le jeu de données fourni a été ouvert.</translation>
    </message>
    <message>
        <source>%1 — Openness Timeline</source>
        <translation>%1 — Openness Timeline</translation>
    </message>
    <message>
        <source>Openness Timeline</source>
        <translation>Openness Timeline</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Aucun jeu de données</translation>
    </message>
    <message>
        <source>The dataset compiled into the application</source>
        <translation>Le jeu de données intégré à l’application</translation>
    </message>
    <message>
        <source>every openness level is switched off</source>
        <translation>tous les niveaux d’ouverture sont désactivés</translation>
    </message>
    <message>
        <source>openness levels switched off: %1</source>
        <translation>niveaux d’ouverture désactivés : %1</translation>
    </message>
    <message>
        <source>every organization is switched off</source>
        <translation>toutes les organisations sont désactivées</translation>
    </message>
    <message>
        <source>only these organizations: %1</source>
        <translation>seulement ces organisations : %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>le texte « %1 »</translation>
    </message>
    <message>
        <source>No release event matches the filter (%1 in the dataset).
Hidden by: %2.</source>
        <translation>Aucun événement ne correspond au filtre (%1 dans le jeu de données).
Masqués par : %2.</translation>
    </message>
    <message>
        <source>the filter</source>
        <translation>le filtre</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <source>Openness Timeline datasets (*.json);;All files (*)</source>
        <translation>Jeux de données Openness Timeline (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is no longer there; removed it from the recent files.</source>
        <translation>%1 n’existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open &amp;Primary Source</source>
        <translation>Ouvrir la source &amp;primaire</translation>
    </message>
    <message>
        <source>Show &amp;History of %1</source>
        <translation>Afficher l’&amp;historique de %1</translation>
    </message>
    <message>
        <source>&amp;Filter to %1</source>
        <translation>&amp;Filtrer sur %1</translation>
    </message>
    <message>
        <source>Select a release to copy its citation.</source>
        <translation>Sélectionnez un événement pour copier sa citation.</translation>
    </message>
    <message>
        <source>Copied the citation as Markdown.</source>
        <translation>Citation copiée en Markdown.</translation>
    </message>
    <message>
        <source>Copied the citation.</source>
        <translation>Citation copiée.</translation>
    </message>
    <message>
        <source>About Openness Timeline</source>
        <translation>À propos d’Openness Timeline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Openness Timeline %1&lt;/h3&gt;&lt;p&gt;How open AI model releases really are, over time. &quot;Open source&quot; on an AI model often means less than it says: each release here is placed on a six-step scale from closed to open source AI, with its license explained term by term and the company&apos;s corporate stage at the time.&lt;/p&gt;&lt;p&gt;Dataset: %2 (facts checked %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Openness Timeline %1&lt;/h3&gt;&lt;p&gt;À quel point les publications de modèles d’IA sont ouvertes, au fil du temps. « Open source » signifie souvent moins qu’il n’y paraît pour un modèle d’IA : chaque événement est placé ici sur une échelle en six niveaux, de fermé à IA open source, avec sa licence expliquée clause par clause et la phase de l’entreprise à ce moment-là.&lt;/p&gt;&lt;p&gt;Jeu de données : %2 (faits vérifiés le %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Openness levels&lt;/h3&gt;&lt;p&gt;From least to most open:&lt;/p&gt;&lt;ol start=&quot;0&quot;&gt;</source>
        <translation>&lt;h3&gt;Niveaux d’ouverture&lt;/h3&gt;&lt;p&gt;Du moins ouvert au plus ouvert :&lt;/p&gt;&lt;ol start=&quot;0&quot;&gt;</translation>
    </message>
    <message>
        <source>Openness Levels</source>
        <translation>Niveaux d’ouverture</translation>
    </message>
    <message>
        <source>%1: %2 — data checked %3.</source>
        <translation>%1 : %2 — données vérifiées le %3.</translation>
    </message>
    <message>
        <source>Show Licen&amp;ses</source>
        <translation>Afficher les li&amp;cences</translation>
    </message>
    <message>
        <source>Export &amp;Licenses Table</source>
        <translation>Exporter le tableau des &amp;licences</translation>
    </message>
    <message>
        <source>As &amp;Image (PNG, SVG, PDF)…</source>
        <translation>En &amp;image (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>As &amp;Markdown or CSV…</source>
        <translation>En &amp;Markdown ou CSV…</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>The license terms of the filtered release events side by side</source>
        <translation>Les clauses des licences des événements filtrés, côte à côte</translation>
    </message>
    <message>
        <source>Import Epoch AI CSV</source>
        <translation>Importer un CSV d’Epoch AI</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Imported Dataset</source>
        <translation>Enregistrer le jeu de données importé</translation>
    </message>
    <message>
        <source>Openness Timeline datasets (*.json)</source>
        <translation>Jeux de données Openness Timeline (*.json)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien d’importé</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1.</source>
        <translation>Rien n’a pu être importé depuis %1.</translation>
    </message>
    <message>
        <source>Import Not Saved</source>
        <translation>Import non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n model(s) from %1</source>
        <translation>
            <numerusform>%n modèle importé depuis %1</numerusform>
            <numerusform>%n modèles importés depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at level unknown</source>
        <translation>
            <numerusform>%n au niveau inconnu</numerusform>
            <numerusform>%n au niveau inconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be imported and were skipped.</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être importée et a été ignorée.</numerusform>
            <numerusform>%n lignes n’ont pas pu être importées et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that could not be imported: see the details.</source>
        <translation>Lignes qui n’ont pas pu être importées : voir les détails.</translation>
    </message>
</context>
<context>
    <name>Openness</name>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Not generally available: internal, announced only, or an invite-only preview. No self-service access and no weights.</source>
        <translation>Pas accessible au public : interne, seulement annoncé ou en avant-première sur invitation. Pas d’accès libre et pas de poids.</translation>
    </message>
    <message>
        <source>API or product only</source>
        <translation>API ou produit seulement</translation>
    </message>
    <message>
        <source>API only</source>
        <translation>API seule</translation>
    </message>
    <message>
        <source>Anyone, or any paying customer, can use it through the maker&apos;s app or API, but the weights are not released: the maker decides who may use it, how, and for how long.</source>
        <translation>Tout le monde, ou tout client payant, peut l’utiliser via l’application ou l’API de l’éditeur, mais les poids ne sont pas publiés : l’éditeur décide qui peut l’utiliser, comment et pour combien de temps.</translation>
    </message>
    <message>
        <source>Weights available, non-commercial</source>
        <translation>Poids disponibles, non commercial</translation>
    </message>
    <message>
        <source>Non-commercial</source>
        <translation>Non commercial</translation>
    </message>
    <message>
        <source>The weights can be downloaded (perhaps after registering), but the license forbids commercial use or allows research only.</source>
        <translation>Les poids peuvent être téléchargés (parfois après inscription), mais la licence interdit l’usage commercial ou n’autorise que la recherche.</translation>
    </message>
    <message>
        <source>Weights available, restricted</source>
        <translation>Poids disponibles, restreint</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>The weights can be downloaded and commercial use is allowed, but under a custom license that limits it: user or revenue caps, an acceptable-use policy, bans on training other models, or a grant the licensor may revoke. Source-available, not open source.</source>
        <translation>Les poids peuvent être téléchargés et l’usage commercial est permis, mais sous une licence propre qui le limite : plafonds d’utilisateurs ou de revenus, politique d’usage acceptable, interdiction d’entraîner d’autres modèles ou autorisation révocable. Code disponible, pas open source.</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>Poids ouverts</translation>
    </message>
    <message>
        <source>The weights are under an OSI-approved license (such as Apache-2.0 or MIT) with no use restrictions: an open-source license. But the training code or the information about the training data is missing, so it is not Open Source AI under the OSI Open Source AI Definition 1.0.</source>
        <translation>Les poids sont sous une licence approuvée par l’OSI (comme Apache-2.0 ou MIT) sans restriction d’usage : une licence open source. Mais le code d’entraînement ou les informations sur les données d’entraînement manquent, ce n’est donc pas de l’IA open source au sens de l’OSI Open Source AI Definition 1.0.</translation>
    </message>
    <message>
        <source>Open source AI</source>
        <translation>IA open source</translation>
    </message>
    <message>
        <source>Open weights plus the complete training code and enough information about the training data to rebuild a substantially equivalent system, all under open terms (OSI Open Source AI Definition 1.0).</source>
        <translation>Des poids ouverts, plus le code d’entraînement complet et assez d’informations sur les données d’entraînement pour reconstruire un système substantiellement équivalent, le tout sous des conditions ouvertes (OSI Open Source AI Definition 1.0).</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>Niveau inconnu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The catalogue this event was imported from does not say how open the model is. Nothing is guessed: the event is neither counted as open nor as closed.</source>
        <translation>Le catalogue dont provient cet événement ne dit pas à quel point le modèle est ouvert. Rien n’est deviné : l’événement n’est compté ni comme ouvert ni comme fermé.</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>Organizations to show</source>
        <translation>Organisations à afficher</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Chercher une organisation</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Show every organization listed</source>
        <translation>Afficher toutes les organisations listées</translation>
    </message>
    <message>
        <source>Hide every organization listed</source>
        <translation>Masquer toutes les organisations listées</translation>
    </message>
</context>
<context>
    <name>OsaiAssessment</name>
    <message>
        <source>Base Model Data</source>
        <translation>Données du modèle de base</translation>
    </message>
    <message>
        <source>End User Model Data</source>
        <translation>Données du modèle final</translation>
    </message>
    <message>
        <source>Base Model Weights</source>
        <translation>Poids du modèle de base</translation>
    </message>
    <message>
        <source>End User Model Weights</source>
        <translation>Poids du modèle final</translation>
    </message>
    <message>
        <source>Training Code</source>
        <translation>Code d&apos;entraînement</translation>
    </message>
    <message>
        <source>Code Documentation</source>
        <translation>Documentation du code</translation>
    </message>
    <message>
        <source>Hardware Architecture</source>
        <translation>Architecture matérielle</translation>
    </message>
    <message>
        <source>Preprint</source>
        <translation>Prépublication</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Model Card</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Fiche des données</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Are the data sources for training the base model comprehensively documented and made available?</source>
        <translation>Les sources de données de l&apos;entraînement du modèle de base sont-elles documentées de façon complète et mises à disposition ?</translation>
    </message>
    <message>
        <source>Are the data sources for training the model that the end user interacts with comprehensively documented and made available?</source>
        <translation>Les sources de données de l&apos;entraînement du modèle avec lequel l&apos;utilisateur final interagit sont-elles documentées de façon complète et mises à disposition ?</translation>
    </message>
    <message>
        <source>Are the weights of the base model made freely available?</source>
        <translation>Les poids du modèle de base sont-ils librement disponibles ?</translation>
    </message>
    <message>
        <source>Are the weights of the model that the end user interacts with made freely available?</source>
        <translation>Les poids du modèle avec lequel l&apos;utilisateur final interagit sont-ils librement disponibles ?</translation>
    </message>
    <message>
        <source>Is the source code of dataset processing, model training and tuning comprehensively made available?</source>
        <translation>Le code source du traitement des jeux de données, de l&apos;entraînement et de l&apos;affinage du modèle est-il entièrement mis à disposition ?</translation>
    </message>
    <message>
        <source>Is the source code of data processing, model training and tuning comprehensively documented?</source>
        <translation>Le code source du traitement des données, de l&apos;entraînement et de l&apos;affinage du modèle est-il documenté de façon complète ?</translation>
    </message>
    <message>
        <source>Is the hardware architecture used for data processing and model training comprehensively documented?</source>
        <translation>L&apos;architecture matérielle utilisée pour le traitement des données et l&apos;entraînement du modèle est-elle documentée de façon complète ?</translation>
    </message>
    <message>
        <source>Are archived preprints available that detail all major parts of the system?</source>
        <translation>Existe-t-il des prépublications archivées qui détaillent toutes les parties essentielles du système ?</translation>
    </message>
    <message>
        <source>Are peer-reviewed scientific publications available that detail all major parts of the system?</source>
        <translation>Existe-t-il des publications scientifiques évaluées par les pairs qui détaillent toutes les parties essentielles du système ?</translation>
    </message>
    <message>
        <source>Is a model card available in a standardized format that gives comprehensive insight into architecture, training, fine-tuning and evaluation?</source>
        <translation>Une fiche de modèle (model card) est-elle disponible dans un format standardisé qui donne un aperçu complet de l&apos;architecture, de l&apos;entraînement, de l&apos;affinage et de l&apos;évaluation ?</translation>
    </message>
    <message>
        <source>Is a datasheet as defined in &quot;Datasheets for Datasets&quot; (Gebru et al. 2021) available?</source>
        <translation>Une fiche technique au sens de « Datasheets for Datasets » (Gebru et al. 2021) est-elle disponible ?</translation>
    </message>
    <message>
        <source>Is the project fully covered by OSI-approved licenses, including all data sources and training pipeline code?</source>
        <translation>Le projet est-il entièrement couvert par des licences approuvées par l&apos;OSI, y compris toutes les sources de données et le code de la chaîne d&apos;entraînement ?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>OsaiImporter</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>missing %1 (%2)</source>
        <translation>%1 manquant (%2)</translation>
    </message>
    <message>
        <source>%1: wrong type: found %2, expected %3</source>
        <translation>%1 : type incorrect : %2 trouvé, %3 attendu</translation>
    </message>
    <message>
        <source>%1.%2 is empty; expected some text</source>
        <translation>%1.%2 est vide ; du texte est attendu</translation>
    </message>
    <message>
        <source>%1.%2: wrong type: found %3, expected a text</source>
        <translation>%1.%2 : type incorrect : %3 trouvé, un texte attendu</translation>
    </message>
    <message>
        <source>missing parameter %1; every Index entry grades all %2 parameters</source>
        <translation>paramètre %1 manquant ; chaque entrée de l&apos;Index note les %2 paramètres</translation>
    </message>
    <message>
        <source>%1: wrong type: found %2, expected a mapping with class, link and notes</source>
        <translation>%1 : type incorrect : %2 trouvé, un mapping avec class, link et notes attendu</translation>
    </message>
    <message>
        <source>%1.class is empty (not applicable); expected one of %2</source>
        <translation>%1.class est vide (non applicable) ; attendu : l&apos;une de %2</translation>
    </message>
    <message>
        <source>%1.class: wrong type: found %2, expected one of %3</source>
        <translation>%1.class : type incorrect : %2 trouvé, attendu : l&apos;une de %3</translation>
    </message>
    <message>
        <source>%1.class: unknown grade %2; expected one of %3</source>
        <translation>%1.class : note %2 inconnue ; attendu : l&apos;une de %3</translation>
    </message>
    <message>
        <source>%1.link: wrong type: found %2, expected a URL</source>
        <translation>%1.link : type incorrect : %2 trouvé, une URL attendue</translation>
    </message>
    <message>
        <source>%1.link: %2 is not an http or https URL</source>
        <translation>%1.link : %2 n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>%1.link: wrong type: found a mapping, expected a URL or a list of URLs</source>
        <translation>%1.link : type incorrect : un mapping trouvé, une URL ou une liste d&apos;URL attendue</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte 0x%1 cannot start or continue a character here</source>
        <translation>pas du texte UTF-8 : l&apos;octet 0x%1 ne peut ni commencer ni continuer un caractère ici</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>pas du YAML : %1</translation>
    </message>
    <message>
        <source>found %1, expected an Index entry (a mapping with system, org and the parameters)</source>
        <translation>%1 trouvé, une entrée de l&apos;Index attendue (un mapping avec system, org et les paramètres)</translation>
    </message>
    <message>
        <source>a mapping with name, endmodelname, …</source>
        <translation>un mapping avec name, endmodelname, …</translation>
    </message>
    <message>
        <source>a mapping with name, link and notes</source>
        <translation>un mapping avec name, link et notes</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>the entry names no organization</source>
        <translation>l&apos;entrée ne nomme aucune organisation</translation>
    </message>
    <message>
        <source>no organization of the dataset is %1</source>
        <translation>aucune organisation du jeu de données n&apos;est %1</translation>
    </message>
    <message>
        <source>no model of the organization is named %1 or in a family of that name</source>
        <translation>aucun modèle de l&apos;organisation ne s&apos;appelle %1 ni n&apos;appartient à une famille de ce nom</translation>
    </message>
    <message>
        <source>the graded end model %1 is none of %2</source>
        <translation>le modèle final noté %1 n&apos;est aucun de %2</translation>
    </message>
    <message>
        <source>%1: not a readable folder</source>
        <translation>%1 : pas un dossier lisible</translation>
    </message>
    <message>
        <source>%1 bytes; an Index entry is a few KiB, so it was not read</source>
        <translation>%1 octets ; une entrée de l&apos;Index fait quelques Kio, le fichier n&apos;a donc pas été lu</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>no model matches %1: %2</source>
        <translation>aucun modèle ne correspond à %1 : %2</translation>
    </message>
    <message>
        <source>no model matches %1: it would grade %2, already graded by %3</source>
        <translation>aucun modèle ne correspond à %1 : l&apos;entrée noterait %2, déjà noté par %3</translation>
    </message>
</context>
<context>
    <name>Pressure</name>
    <message>
        <source>pushed toward openness</source>
        <translation>poussait vers l’ouverture</translation>
    </message>
    <message>
        <source>pushed toward closed weights</source>
        <translation>poussait vers des poids fermés</translation>
    </message>
    <message>
        <source>pulled both ways</source>
        <translation>tirait dans les deux sens</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>fichier illisible</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>JSON syntax</source>
        <translation>syntaxe JSON</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>type incorrect</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>clé manquante</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>clé en double</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>texte vide</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>date invalide</translation>
    </message>
    <message>
        <source>invalid id</source>
        <translation>identifiant invalide</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>valeur inconnue</translation>
    </message>
    <message>
        <source>unknown reference</source>
        <translation>référence inconnue</translation>
    </message>
    <message>
        <source>invalid URL</source>
        <translation>URL invalide</translation>
    </message>
    <message>
        <source>weak source URL</source>
        <translation>URL de source faible</translation>
    </message>
    <message>
        <source>invalid SPDX id</source>
        <translation>identifiant SPDX invalide</translation>
    </message>
    <message>
        <source>no sources</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>stage dates</source>
        <translation>dates de phase</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s). The dataset that was open is still shown.</source>
        <translation>
            <numerusform>%1 n’a pas pu être ouvert : %n problème. Le jeu de données déjà ouvert reste affiché.</numerusform>
            <numerusform>%1 n’a pas pu être ouvert : %n problèmes. Le jeu de données déjà ouvert reste affiché.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends too early: a closing } or ] is missing at the end, or the file was cut short.</source>
        <translation>Le fichier se termine trop tôt : il manque une } ou un ] fermant à la fin, ou le fichier a été tronqué.</translation>
    </message>
    <message>
        <source>A colon (:) is missing after the key before line %1, column %2.</source>
        <translation>Il manque deux-points (:) après la clé avant la ligne %1, colonne %2.</translation>
    </message>
    <message>
        <source>A key in double quotes is expected at line %1, column %2; a comma too many before a } also causes this.</source>
        <translation>Une clé entre guillemets droits est attendue ligne %1, colonne %2 ; une virgule de trop avant une } produit aussi cette erreur.</translation>
    </message>
    <message>
        <source>A comma or } is missing before line %1, column %2.</source>
        <translation>Il manque une virgule ou une } avant la ligne %1, colonne %2.</translation>
    </message>
    <message>
        <source>A comma or ] is missing before line %1, column %2.</source>
        <translation>Il manque une virgule ou un ] avant la ligne %1, colonne %2.</translation>
    </message>
    <message>
        <source>A value is missing at line %1, column %2: perhaps a comma too many before it.</source>
        <translation>Il manque une valeur ligne %1, colonne %2 : peut-être une virgule de trop juste avant.</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not JSON: text goes in double quotes, and true, false and null are written in lower case.</source>
        <translation>La ligne %1, colonne %2 n’est pas du JSON : le texte va entre guillemets droits, et true, false et null s’écrivent en minuscules.</translation>
    </message>
    <message>
        <source>The text at line %1, column %2 is not a valid JSON string: a quote, a backslash or a line break inside it needs a backslash before it.</source>
        <translation>Le texte ligne %1, colonne %2 n’est pas une chaîne JSON valide : un guillemet, une barre oblique inverse ou un saut de ligne à l’intérieur doit être précédé d’une barre oblique inverse.</translation>
    </message>
    <message>
        <source>The number at line %1, column %2 is not written as JSON numbers are (no leading zeros, no + sign, digits after a dot).</source>
        <translation>Le nombre ligne %1, colonne %2 n’est pas écrit comme un nombre JSON (pas de zéros en tête, pas de signe +, des chiffres après le point).</translation>
    </message>
</context>
<context>
    <name>ReleaseDocument</name>
    <message>
        <source>Select a release on the timeline or in the list. ← → move between releases.</source>
        <translation>Sélectionnez un événement sur la chronologie ou dans la liste. ← → passent d’un événement à l’autre.</translation>
    </message>
    <message>
        <source>May revoke</source>
        <translation>Peut révoquer</translation>
    </message>
    <message>
        <source>On breach only</source>
        <translation>Seulement en cas de violation</translation>
    </message>
    <message>
        <source>Cannot revoke</source>
        <translation>Ne peut pas révoquer</translation>
    </message>
    <message>
        <source>Not in the license</source>
        <translation>Absent de la licence</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: a month</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: a day</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <comment>a date range</comment>
        <translation>entre le %1 et le %2</translation>
    </message>
    <message>
        <source>MMMM</source>
        <comment>date format: a month in a range</comment>
        <translation>MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date format: the first day of a range within one month</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: the first day of a range within one year</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>API opened</source>
        <translation>API ouverte</translation>
    </message>
    <message>
        <source>Weights published</source>
        <translation>Poids publiés</translation>
    </message>
    <message>
        <source>License changed</source>
        <translation>Licence modifiée</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>The sources do not confirm this event in every detail.</source>
        <translation>Les sources ne confirment pas cet événement dans tous ses détails.</translation>
    </message>
    <message>
        <source>How open</source>
        <translation>Degré d’ouverture</translation>
    </message>
    <message>
        <source>level %1 on a scale from 0 (closed) to %2 (open source AI)</source>
        <translation>niveau %1 sur une échelle de 0 (fermé) à %2 (IA open source)</translation>
    </message>
    <message>
        <source>Nobody outside the maker can use it yet, and no weights were published.</source>
        <translation>Personne en dehors de l’éditeur ne peut encore l’utiliser, et aucun poids n’a été publié.</translation>
    </message>
    <message>
        <source>No weights were published: you can only use it through the maker&apos;s app or API, under its terms of service, which the maker can change or withdraw.</source>
        <translation>Aucun poids n’a été publié : vous ne pouvez l’utiliser que via l’application ou l’API de l’éditeur, selon ses conditions d’utilisation, qu’il peut modifier ou retirer.</translation>
    </message>
    <message>
        <source>Not open source: the weights can be downloaded, but the license forbids commercial use. An open-source license must let anyone use the work for any purpose.</source>
        <translation>Pas open source : les poids peuvent être téléchargés, mais la licence interdit l’usage commercial. Une licence open source doit permettre à chacun d’utiliser l’œuvre à toute fin.</translation>
    </message>
    <message>
        <source>Not open source, even where it is called “open”: the weights can be downloaded and used commercially, but the custom license attaches strings (see the terms below). That is source-available (“weights available”), not an open-source license, and not Open Source AI under the OSI Open Source AI Definition.</source>
        <translation>Pas open source, même là où on le dit « ouvert » : les poids peuvent être téléchargés et utilisés commercialement, mais la licence propre y met des conditions (voir les clauses ci-dessous). C’est du « source-available » (« poids disponibles »), pas une licence open source, ni de l’IA open source au sens de l’OSI Open Source AI Definition.</translation>
    </message>
    <message>
        <source>an OSI-approved license</source>
        <translation>une licence approuvée par l’OSI</translation>
    </message>
    <message>
        <source>Open source as a license, but not Open Source AI. The weights are under %1, an open-source license: you may use, study, modify and share them for any purpose. But the OSI Open Source AI Definition 1.0 also requires the complete training code and enough information about the training data for a skilled person to build a substantially equivalent system. This release does not include them, so it is not Open Source AI.</source>
        <translation>Open source en tant que licence, mais pas de l’IA open source. Les poids sont sous %1, une licence open source : vous pouvez les utiliser, les étudier, les modifier et les partager à toute fin. Mais l’OSI Open Source AI Definition 1.0 exige aussi le code d’entraînement complet et assez d’informations sur les données d’entraînement pour qu’une personne compétente construise un système substantiellement équivalent. Cette publication ne les inclut pas, ce n’est donc pas de l’IA open source.</translation>
    </message>
    <message>
        <source>Open Source AI under the OSI Open Source AI Definition 1.0: the weights, the complete training code and the information about the training data are all published under open terms, so anyone can use, study, modify, share and rebuild it.</source>
        <translation>IA open source au sens de l’OSI Open Source AI Definition 1.0 : les poids, le code d’entraînement complet et les informations sur les données d’entraînement sont tous publiés sous des conditions ouvertes, chacun peut donc l’utiliser, l’étudier, le modifier, le partager et le reconstruire.</translation>
    </message>
    <message>
        <source>What this means:</source>
        <translation>Ce que cela signifie :</translation>
    </message>
    <message>
        <source>Why this level:</source>
        <translation>Pourquoi ce niveau :</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>SPDX id</source>
        <translation>Identifiant SPDX</translation>
    </message>
    <message>
        <source>no SPDX id</source>
        <translation>pas d’identifiant SPDX</translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation>Approuvée par l’OSI</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>the license text</source>
        <translation>le texte de la licence</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>About this license:</source>
        <translation>À propos de cette licence :</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>In plain words, and the clause</source>
        <translation>En termes simples, et la clause</translation>
    </message>
    <message>
        <source>The license says nothing about this.</source>
        <translation>La licence ne dit rien à ce sujet.</translation>
    </message>
    <message>
        <source>clause source</source>
        <translation>source de la clause</translation>
    </message>
    <message>
        <source>No license applies: the model is not generally available and no weights were published.</source>
        <translation>Aucune licence ne s’applique : le modèle n’est pas accessible au public et aucun poids n’a été publié.</translation>
    </message>
    <message>
        <source>No license applies because no weights were published: you can only use it through the maker&apos;s app or API, under its terms of service.</source>
        <translation>Aucune licence ne s’applique car aucun poids n’a été publié : vous ne pouvez l’utiliser que via l’application ou l’API de l’éditeur, selon ses conditions d’utilisation.</translation>
    </message>
    <message>
        <source>The dataset records no license for this release, although weights were published: check the sources before relying on it.</source>
        <translation>Le jeu de données n’indique aucune licence pour cet événement, bien que des poids aient été publiés : vérifiez les sources avant de vous y fier.</translation>
    </message>
    <message>
        <source>Corporate stage at the time</source>
        <translation>Phase de l’entreprise à ce moment</translation>
    </message>
    <message>
        <source>The organization of this model is not in the dataset.</source>
        <translation>L’organisation de ce modèle n’est pas dans le jeu de données.</translation>
    </message>
    <message>
        <source>No corporate stage of %1 is recorded for this date.</source>
        <translation>Aucune phase de %1 n’est enregistrée à cette date.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>What the business was doing:</source>
        <translation>Ce que faisait l’entreprise :</translation>
    </message>
    <message>
        <source>Why it bore on openness:</source>
        <translation>Pourquoi cela pesait sur l’ouverture :</translation>
    </message>
    <message>
        <source>Pressure:</source>
        <translation>Pression :</translation>
    </message>
    <message>
        <source>About this stage:</source>
        <translation>À propos de cette phase :</translation>
    </message>
    <message>
        <source>Corporate events of %1 within six months:</source>
        <translation>Événements de %1 à six mois près :</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>(shown)</source>
        <translation>(affiché)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No source recorded.</source>
        <translation>Aucune source enregistrée.</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>(source primaire)</translation>
    </message>
    <message>
        <source>(secondary)</source>
        <translation>(source secondaire)</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>consultée le %1</translation>
    </message>
    <message>
        <source>(not a web link: %1)</source>
        <translation>(pas un lien web : %1)</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>not on the scale from 0 (closed) to %1 (open source AI)</source>
        <translation>hors de l’échelle de 0 (fermé) à %1 (IA open source)</translation>
    </message>
    <message>
        <source>The catalogue this event comes from does not say whether, or how, the model was made available, so no level is claimed for it: it is neither counted as open nor as closed. Check the sources before relying on it.</source>
        <translation>Le catalogue dont provient cet événement ne dit pas si, ni comment, le modèle a été rendu accessible, aucun niveau ne lui est donc attribué : il n’est compté ni comme ouvert ni comme fermé. Vérifiez les sources avant de vous y fier.</translation>
    </message>
    <message>
        <source>No license is recorded: the catalogue this event comes from does not say how the model was made available.</source>
        <translation>Aucune licence n’est indiquée : le catalogue dont provient cet événement ne dit pas comment le modèle a été rendu accessible.</translation>
    </message>
    <message>
        <source>the weights (not published at this event)</source>
        <translation>les poids (non publiés lors de cet événement)</translation>
    </message>
    <message>
        <source>the weights under OSI-approved terms (%1 is not OSI-approved)</source>
        <translation>les poids sous des conditions approuvées par l&apos;OSI (%1 n&apos;est pas approuvée par l&apos;OSI)</translation>
    </message>
    <message>
        <source>no license is recorded, which</source>
        <translation>aucune licence n&apos;est enregistrée, ce qui</translation>
    </message>
    <message>
        <source>the complete training code (the Index grades it %1)</source>
        <translation>le code d&apos;entraînement complet (l&apos;Index le note : %1)</translation>
    </message>
    <message>
        <source>information on all the training data (the Index grades the data sources %1)</source>
        <translation>des informations sur toutes les données d&apos;entraînement (l&apos;Index note les sources de données : %1)</translation>
    </message>
    <message>
        <source>information on all the training data (the Index grades the base model&apos;s data sources %1, the end model&apos;s %2)</source>
        <translation>des informations sur toutes les données d&apos;entraînement (l&apos;Index note les sources de données du modèle de base : %1, celles du modèle final : %2)</translation>
    </message>
    <message>
        <source>OSI-approved terms for all of it (the Index grades the licenses %1)</source>
        <translation>des conditions approuvées par l&apos;OSI pour l&apos;ensemble (l&apos;Index note les licences : %1)</translation>
    </message>
    <message>
        <source>the training code and data information (not recorded as published)</source>
        <translation>le code d&apos;entraînement et les informations sur les données (non enregistrés comme publiés)</translation>
    </message>
    <message>
        <source>The Index gives no notes.</source>
        <translation>L&apos;Index ne donne pas de notes.</translation>
    </message>
    <message>
        <source>No evidence link.</source>
        <translation>Aucun lien de preuve.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>European Open Source AI Index, %1</source>
        <translation>European Open Source AI Index, %1</translation>
    </message>
    <message>
        <source>This timeline counts the weights&apos; license, %1, as open (it is OSI-approved), but the Index grades the licenses %2: it asks that the training data and code be under open licenses too.</source>
        <translation>Cette frise compte la licence des poids, %1, comme ouverte (elle est approuvée par l&apos;OSI), mais l&apos;Index note les licences %2 : il demande que les données d&apos;entraînement et le code soient aussi sous licence ouverte.</translation>
    </message>
    <message>
        <source>The Index grades the licenses open, but this timeline records %1, which is not OSI-approved.</source>
        <translation>L&apos;Index note les licences comme ouvertes, mais cette frise enregistre %1, qui n&apos;est pas approuvée par l&apos;OSI.</translation>
    </message>
    <message>
        <source>At this event no weights were published (%1), while the Index grades the end model&apos;s weights %2: it grades the model as it is now, by its latest version.</source>
        <translation>Lors de cet événement, aucun poids n&apos;a été publié (%1), alors que l&apos;Index note les poids du modèle final %2 : il note le modèle tel qu&apos;il est aujourd&apos;hui, d&apos;après sa dernière version.</translation>
    </message>
    <message>
        <source>The Index grades the end model&apos;s weights open because anyone can download them; this timeline&apos;s level, %1, also weighs what the license forbids.</source>
        <translation>L&apos;Index note les poids du modèle final comme ouverts parce que chacun peut les télécharger ; le niveau de cette frise, %1, tient aussi compte de ce que la licence interdit.</translation>
    </message>
    <message>
        <source>This timeline&apos;s level, %1, says the weights are openly licensed, but the Index grades the end model&apos;s weights %2.</source>
        <translation>Le niveau de cette frise, %1, dit que les poids sont sous licence ouverte, mais l&apos;Index note les poids du modèle final %2.</translation>
    </message>
    <message>
        <source>This timeline rates it open source AI, but by the Index&apos;s grades it does not meet the OSI definition.</source>
        <translation>Cette frise le classe comme IA open source, mais d&apos;après les notes de l&apos;Index il ne satisfait pas la définition de l&apos;OSI.</translation>
    </message>
    <message>
        <source>By the Index&apos;s grades it meets the OSI definition, while this timeline&apos;s level is %1.</source>
        <translation>D&apos;après les notes de l&apos;Index, il satisfait la définition de l&apos;OSI, alors que le niveau de cette frise est %1.</translation>
    </message>
    <message>
        <source>Across frameworks</source>
        <translation>D&apos;un référentiel à l&apos;autre</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
    </message>
    <message>
        <source>OSI-approved</source>
        <translation>approuvée par l&apos;OSI</translation>
    </message>
    <message>
        <source>not OSI-approved</source>
        <translation>non approuvée par l&apos;OSI</translation>
    </message>
    <message>
        <source>The dataset records no license for these weights.</source>
        <translation>Le jeu de données n&apos;enregistre aucune licence pour ces poids.</translation>
    </message>
    <message>
        <source>No weights were published at this event.</source>
        <translation>Aucun poids n&apos;a été publié lors de cet événement.</translation>
    </message>
    <message>
        <source>This timeline</source>
        <translation>Cette frise</translation>
    </message>
    <message>
        <source>Epoch AI (Notable AI Models)</source>
        <translation>Epoch AI (Notable AI Models)</translation>
    </message>
    <message>
        <source>%1 open, %2 partial, %3 closed, of %4 parameters.</source>
        <translation>%1 ouverts, %2 partiels, %3 fermés, sur %4 critères.</translation>
    </message>
    <message>
        <source>Point at a cell (or click it) for the parameter, the Index&apos;s notes and its evidence.</source>
        <translation>Pointez une case (ou cliquez dessus) pour voir le critère, les notes de l&apos;Index et ses preuves.</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>European Open Source AI Index</source>
        <translation>European Open Source AI Index</translation>
    </message>
    <message>
        <source>Not graded by the European Open Source AI Index.</source>
        <translation>Non noté par l&apos;European Open Source AI Index.</translation>
    </message>
    <message>
        <source>Open Source AI Index</source>
        <translation>Open Source AI Index</translation>
    </message>
    <message>
        <source>Meets it.</source>
        <translation>La satisfait.</translation>
    </message>
    <message>
        <source>Does not meet it.</source>
        <translation>Ne la satisfait pas.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Il manque :</translation>
    </message>
    <message>
        <source>It needs the weights, the complete code and information on all the training data, under OSI-approved terms. Judged from this release&apos;s license and the Index&apos;s grades.</source>
        <translation>Elle exige les poids, le code complet et des informations sur toutes les données d&apos;entraînement, sous des conditions approuvées par l&apos;OSI. Jugé d&apos;après la licence de cet événement et les notes de l&apos;Index.</translation>
    </message>
    <message>
        <source>It needs the weights, the complete code and information on all the training data, under OSI-approved terms. Judged from this timeline&apos;s level and license alone.</source>
        <translation>Elle exige les poids, le code complet et des informations sur toutes les données d&apos;entraînement, sous des conditions approuvées par l&apos;OSI. Jugé d&apos;après le seul niveau et la licence de cette frise.</translation>
    </message>
    <message>
        <source>OSI Open Source AI Definition 1.0</source>
        <translation>OSI Open Source AI Definition 1.0</translation>
    </message>
    <message>
        <source>Where they disagree:</source>
        <translation>Où ils divergent :</translation>
    </message>
    <message>
        <source>Grades: %1, CC-BY 4.0; Liesenfeld &amp; Dingemanse (2024), “Rethinking open source generative AI: open-washing and the EU AI Act”, FAccT 2024.</source>
        <translation>Notes : %1, CC-BY 4.0 ; Liesenfeld &amp; Dingemanse (2024), « Rethinking open source generative AI: open-washing and the EU AI Act », FAccT 2024.</translation>
    </message>
    <message>
        <source>Epoch AI gives no accessibility value.</source>
        <translation>Epoch AI ne donne pas de valeur d&apos;accessibilité.</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s value, “%1”, is %2 on this timeline&apos;s scale; this event left the model at %3. Epoch gives one value a model, this timeline one a dated event.</source>
        <translation>La valeur d’Epoch AI, « %1 », correspond à %2 sur l’échelle de cette frise ; cet événement a laissé le modèle à %3. Epoch donne une valeur par modèle, cette frise une par événement daté.</translation>
    </message>
    <message>
        <source>No entry of Epoch AI&apos;s catalogue is attached to this model.</source>
        <translation>Aucune entrée du catalogue d’Epoch AI n’est rattachée à ce modèle.</translation>
    </message>
</context>
<context>
    <name>ReleaseKind</name>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>announcements</source>
        <translation>annonces</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>launches</source>
        <translation>lancements</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>API openings</source>
        <translation>ouvertures d’API</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>weights releases</source>
        <translation>publications de poids</translation>
    </message>
    <message>
        <source>License change</source>
        <translation>Changement de licence</translation>
    </message>
    <message>
        <source>license changes</source>
        <translation>changements de licence</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>retirements</source>
        <translation>retraits</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No SPDX id</source>
        <translation>Pas d’identifiant SPDX</translation>
    </message>
    <message>
        <source>SPDX: %1</source>
        <translation>SPDX : %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Click to collapse or expand the lane.</source>
        <translation>Cliquer pour replier ou déplier la ligne.</translation>
    </message>
    <message>
        <source>Activate to zoom in on these events.</source>
        <translation>Activer pour zoomer sur ces événements.</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>niveau inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Cluster of %Ln events of %1 from %2 to %3: %4</source>
        <translation>
            <numerusform>Groupe de %Ln événement de %1 du %2 au %3 : %4</numerusform>
            <numerusform>Groupe de %Ln événements de %1 du %2 au %3 : %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineContent</name>
    <message>
        <source>(no organization)</source>
        <translation>(aucune organisation)</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>niveau inconnu</translation>
    </message>
    <message>
        <source>no license</source>
        <translation>aucune licence</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>annonce</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>license change</source>
        <translation>changement de licence</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>retrait</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n organizations)</source>
        <translation>
            <numerusform>Autres (%n organisation)</numerusform>
            <numerusform>Autres (%n organisations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>No release event matches the filters. Switch levels, organizations or event kinds back on, or clear the search text, to see events again.</source>
        <translation>Aucun événement ne correspond aux filtres. Réactivez des niveaux, des organisations ou des types d’événements, ou effacez le texte de recherche, pour revoir des événements.</translation>
    </message>
    <message>
        <source>announcement (hollow)</source>
        <translation>annonce (symbole vide)</translation>
    </message>
    <message>
        <source>license change (ringed)</source>
        <translation>changement de licence (cerclé)</translation>
    </message>
    <message>
        <source>retired (struck through)</source>
        <translation>retiré (barré)</translation>
    </message>
    <message>
        <source>unconfirmed (pale, dashed)</source>
        <translation>non confirmé (pâle, en pointillés)</translation>
    </message>
    <message>
        <source>N events here: click to zoom</source>
        <translation>N événements ici : cliquer pour zoomer</translation>
    </message>
    <message>
        <source>corporate stage</source>
        <translation>phase de l’entreprise</translation>
    </message>
    <message>
        <source>before the first recorded stage</source>
        <translation>avant la première phase enregistrée</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>license change</source>
        <translation>changement de licence</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>click to zoom</source>
        <translation>cliquer pour zoomer</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>pas encore de phase</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Lanes in &amp;Dataset Order</source>
        <translation>Lignes dans l’&amp;ordre du jeu de données</translation>
    </message>
    <message>
        <source>Lanes by &amp;Name</source>
        <translation>Lignes par &amp;nom</translation>
    </message>
    <message>
        <source>Lanes by Number of &amp;Events</source>
        <translation>Lignes par nombre d’&amp;événements</translation>
    </message>
    <message>
        <source>Lanes by &amp;First Release</source>
        <translation>Lignes par &amp;première publication</translation>
    </message>
    <message>
        <source>Order the timeline&apos;s lanes; pinned lanes stay at the top</source>
        <translation>Ordonne les lignes de la frise ; les lignes épinglées restent en haut</translation>
    </message>
    <message>
        <source>Click to group them again.</source>
        <translation>Cliquer pour les regrouper.</translation>
    </message>
    <message>
        <source>Click to show their lanes.</source>
        <translation>Cliquer pour afficher leurs lignes.</translation>
    </message>
    <message>
        <source>Click to expand.</source>
        <translation>Cliquer pour déplier.</translation>
    </message>
    <message>
        <source>Click to collapse.</source>
        <translation>Cliquer pour replier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>dépliée</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>repliée</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>&amp;Group Into Others</source>
        <translation>&amp;Regrouper dans « Autres »</translation>
    </message>
    <message>
        <source>&amp;Show Their Lanes</source>
        <translation>&amp;Afficher leurs lignes</translation>
    </message>
    <message>
        <source>&amp;Expand Lane</source>
        <translation>&amp;Déplier la ligne</translation>
    </message>
    <message>
        <source>&amp;Collapse Lane</source>
        <translation>&amp;Replier la ligne</translation>
    </message>
    <message>
        <source>&amp;Unpin Lane</source>
        <translation>&amp;Détacher la ligne</translation>
    </message>
    <message>
        <source>&amp;Pin Lane to the Top</source>
        <translation>&amp;Épingler la ligne en haut</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Release events by organization, one lane each. Left and Right go to the previous and next event in time, Up and Down to the nearest event in the neighbouring lane, Home and End to the first and last, Enter opens the details, Escape clears the selection. Ctrl+wheel zooms, the wheel pans, Shift+drag zooms to a range.</source>
        <translation>Événements par organisation, une ligne chacune. Gauche et Droite vont à l’événement précédent et suivant dans le temps, Haut et Bas à l’événement le plus proche de la ligne voisine, Début et Fin au premier et au dernier, Entrée ouvre les détails, Échap efface la sélection. Ctrl+molette zoome, la molette fait défiler, Maj+glisser zoome sur une période.</translation>
    </message>
    <message>
        <source>Zoom out to show every event that matches the filters</source>
        <translation>Dézoomer pour montrer tous les événements qui correspondent aux filtres</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Show less time in more detail</source>
        <translation>Montrer moins de temps, plus en détail</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>Show more time</source>
        <translation>Montrer plus de temps</translation>
    </message>
    <message>
        <source>Fit &amp;All</source>
        <translation>Tout a&amp;juster</translation>
    </message>
    <message>
        <source>Show the whole history of the dataset</source>
        <translation>Montrer tout l’historique du jeu de données</translation>
    </message>
    <message>
        <source>Fit &amp;Matches</source>
        <translation>Ajuster aux résultat&amp;s</translation>
    </message>
    <message>
        <source>Show the time range of the events that match the filters</source>
        <translation>Montrer la période des événements qui correspondent aux filtres</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>Vue &amp;précédente</translation>
    </message>
    <message>
        <source>Go back to the view before the last zoom or fit</source>
        <translation>Revenir à la vue d’avant le dernier zoom ou ajustement</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>niveau inconnu</translation>
    </message>
    <message>
        <source>Click to zoom in on these events.</source>
        <translation>Cliquer pour zoomer sur ces événements.</translation>
    </message>
    <message numerus="yes">
        <source>Matches outside the view: %Ln — Fit</source>
        <translation>
            <numerusform>Résultats hors de la vue : %Ln — Ajuster</numerusform>
            <numerusform>Résultats hors de la vue : %Ln — Ajuster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events here: %Ln</source>
        <translation>
            <numerusform>Événements ici : %Ln</numerusform>
            <numerusform>Événements ici : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Legen&amp;d</source>
        <translation>Afficher la légen&amp;de</translation>
    </message>
    <message>
        <source>Explain the markers, bands and lines below the timeline</source>
        <translation>Expliquer les marqueurs, bandes et lignes sous la frise</translation>
    </message>
</context>
</TS>
