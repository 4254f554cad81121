<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Canvas</name>
    <message>
        <source>plot of the curves</source>
        <translation>graphique des courbes</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>{} (reference)</source>
        <translation>{} (référence)</translation>
    </message>
    <message>
        <source>At x = {}: {}</source>
        <translation>En x = {}&#xa0;: {}</translation>
    </message>
    <message>
        <source>No curve is shown.</source>
        <translation>Aucune courbe n’est affichée.</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>&amp;Export the figure…</source>
        <translation>&amp;Exporter la figure…</translation>
    </message>
    <message>
        <source>&amp;Copy the figure</source>
        <translation>&amp;Copier la figure</translation>
    </message>
    <message>
        <source>Show &amp;grid</source>
        <translation>Afficher la &amp;grille</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Function</source>
        <extracomment>The roles whose data change with each curve field.</extracomment>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>New function…</source>
        <translation>Nouvelle fonction…</translation>
    </message>
    <message>
        <source>Type a formula of x: its parameters get spin boxes, f′ and f″ are exact</source>
        <translation>Saisir une formule en x&#xa0;: ses paramètres deviennent réglables, f′ et f″ sont exactes</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>recommended</source>
        <extracomment>actgui.core.teaching.INITS, each with its name on screen.</extracomment>
        <translation>recommandée</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>&amp;Couches&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Initialisation:</source>
        <translation>&amp;Initialisation&#xa0;:</translation>
    </message>
    <message>
        <source>Input &amp;scale:</source>
        <translation>Échelle d’e&amp;ntrée&#xa0;:</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ per layer</source>
        <translation>‖∂L/∂W‖ par couche</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>norme du gradient</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>activation mean ± std per layer</source>
        <translation>moyenne ± σ des activations</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>{}: first/last layer gradient ratio {:.3g}</source>
        <translation>{}&#xa0;: gradient 1re couche / dernière = {:.3g}</translation>
    </message>
</context>
<context>
    <name>DifferencePanel</name>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Différences</translation>
    </message>
    <message>
        <source>Draw curves as their difference from a reference curve</source>
        <translation>Tracer les courbes comme leur différence avec une courbe de référence</translation>
    </message>
    <message>
        <source>&amp;Relative: |b − a| / |a|</source>
        <translation>Écart &amp;relatif&#xa0;: |b − a| / |a|</translation>
    </message>
    <message>
        <source>largest differences</source>
        <translation>plus grandes différences</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>max |b − a|</source>
        <translation>max |b − a|</translation>
    </message>
    <message>
        <source>at x</source>
        <translation>en x</translation>
    </message>
    <message>
        <source>max relative</source>
        <translation>max relatif</translation>
    </message>
    <message>
        <source>Cop&amp;y numbers</source>
        <translation>Copier les &amp;nombres</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>C&amp;omparer&#xa0;:</translation>
    </message>
    <message>
        <source>every other curve</source>
        <translation>toutes les autres courbes</translation>
    </message>
    <message>
        <source>unbounded (a = 0)</source>
        <translation>non borné (a = 0)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>size preset</source>
        <translation>taille prédéfinie</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>Light (for print and slides)</source>
        <translation>Clair (impression et diapos)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Lines get thicker with the font: 20-24 pt suits slides</source>
        <translation>Les traits s’épaississent avec la police&#xa0;: 20-24 pt convient aux diapos</translation>
    </message>
    <message>
        <source>f only</source>
        <translation>f seule</translation>
    </message>
    <message>
        <source>f and f′</source>
        <translation>f et f′</translation>
    </message>
    <message>
        <source>f, f′ and f″</source>
        <translation>f, f′ et f″</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond t&amp;ransparent</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ont size:</source>
        <translation>Taille de &amp;police&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Panes:</source>
        <translation>P&amp;anneaux&#xa0;:</translation>
    </message>
    <message>
        <source>CSV &amp;rows:</source>
        <translation>&amp;Lignes CSV&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Animate:</source>
        <translation>A&amp;nimer&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Fra&amp;mes:</source>
        <translation>I&amp;mages&#xa0;:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Images par &amp;seconde&#xa0;:</translation>
    </message>
    <message>
        <source>the x-range (zoom)</source>
        <translation>la plage de x (zoom)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>New function</source>
        <translation>Nouvelle fonction</translation>
    </message>
    <message>
        <source>Edit function</source>
        <translation>Modifier la fonction</translation>
    </message>
    <message>
        <source>formula of x</source>
        <translation>formule en x</translation>
    </message>
    <message>
        <source>Arithmetic with ^ or ** as power; exp, log, log1p, expm1, sqrt, abs, sign, sin, cos, tan, tanh, arctan, erf, min, max, clip, where(cond, a, b), piecewise((a, cond), ...); pi and e; every catalog function by its id, e.g. softplus(x, beta=2). Any other name is a parameter.</source>
        <translation>Arithmétique avec ^ ou ** pour la puissance&#xa0;; exp, log, log1p, expm1, sqrt, abs, sign, sin, cos, tan, tanh, arctan, erf, min, max, clip, where(cond, a, b), piecewise((a, cond), ...)&#xa0;; pi et e&#xa0;; toute fonction du catalogue par son id, p. ex. softplus(x, beta=2). Tout autre nom est un paramètre.</translation>
    </message>
    <message>
        <source>(the formula itself)</source>
        <translation>(la formule elle-même)</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Examples: {}</source>
        <translation>Exemples&#xa0;: {}</translation>
    </message>
    <message>
        <source>&amp;f(x) =</source>
        <translation>&amp;f(x) =</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Function colour</source>
        <translation>Couleur de la fonction</translation>
    </message>
    <message>
        <source>Type a formula of x.</source>
        <translation>Saisissez une formule en x.</translation>
    </message>
    <message>
        <source>Column {}: {}</source>
        <translation>Colonne {}&#xa0;: {}</translation>
    </message>
    <message>
        <source>f′ and f″ are exact. Parameters: {}</source>
        <translation>f′ et f″ sont exactes. Paramètres&#xa0;: {}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>formula and properties</source>
        <translation>formule et propriétés</translation>
    </message>
    <message>
        <source>Copy LaTeX</source>
        <translation>Copier le LaTeX</translation>
    </message>
    <message>
        <source>Select a curve to see its formula and properties.</source>
        <translation>Sélectionnez une courbe pour voir sa formule et ses propriétés.</translation>
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
        <source>discontinuous</source>
        <translation>discontinue</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>saut</translation>
    </message>
    <message>
        <source>kink</source>
        <translation>point anguleux</translation>
    </message>
    <message>
        <source>{} at x = {}</source>
        <translation>{} en x = {}</translation>
    </message>
    <message>
        <source>jump in f{}</source>
        <translation>saut de f{}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Range (inf … sup)</source>
        <translation>Image (inf … sup)</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>Monotone</translation>
    </message>
    <message>
        <source>Zero-centred (odd)</source>
        <translation>Centrée en zéro (impaire)</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>Régularité</translation>
    </message>
    <message>
        <source>Breakpoints</source>
        <translation>Points singuliers</translation>
    </message>
    <message>
        <source>On the canvas, a filled dot is the value taken at the point, an open dot a one-sided limit, a diamond a kink of f and an arrow an impulse (the derivative of a jump).</source>
        <translation>Sur le graphique, un point plein est la valeur prise au point, un point creux une limite à gauche ou à droite, un losange un point anguleux de f et une flèche une impulsion (la dérivée d’un saut).</translation>
    </message>
    <message>
        <source>At kinks</source>
        <translation>Aux points anguleux</translation>
    </message>
    <message>
        <source>none in PyTorch, Keras or JAX</source>
        <translation>aucun dans PyTorch, Keras ou JAX</translation>
    </message>
    <message>
        <source>Library equivalents</source>
        <translation>Équivalents dans les bibliothèques</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <extracomment>The languages actgui speaks, each named in itself. Japanese fonts, in order of preference, after the desktop&apos;s own font.</extracomment>
        <translation>Suivre le système</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Leçon précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <source>&amp;Restore this lesson</source>
        <translation>&amp;Rétablir cette leçon</translation>
    </message>
    <message>
        <source>Restore this lesson</source>
        <translation>Rétablir cette leçon</translation>
    </message>
    <message>
        <source>Show this lesson&apos;s curves and settings again</source>
        <translation>Réafficher les courbes et les réglages de cette leçon</translation>
    </message>
    <message>
        <source>Lesson {} of {}</source>
        <translation>Leçon {} sur {}</translation>
    </message>
</context>
<context>
    <name>LineBox</name>
    <message>
        <source>line width</source>
        <translation>épaisseur du trait</translation>
    </message>
    <message>
        <source>line style</source>
        <translation>style de trait</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>continu</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>tirets</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>pointillés</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>&amp;Trait&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Search functions (name or alias)…</source>
        <translation>Chercher une fonction (nom ou alias)…</translation>
    </message>
    <message>
        <source>search functions</source>
        <translation>chercher une fonction</translation>
    </message>
    <message>
        <source>functions: tick one to draw it</source>
        <translation>fonctions&#xa0;: cochez-en une pour la tracer</translation>
    </message>
    <message>
        <source>curves drawn</source>
        <translation>courbes tracées</translation>
    </message>
    <message>
        <source>Add &amp;copy</source>
        <translation>Du&amp;pliquer</translation>
    </message>
    <message>
        <source>Add another curve of the selected function, to compare parameters</source>
        <translation>Ajouter une autre courbe de la fonction choisie, pour comparer des paramètres</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Curves&lt;/b&gt; (tick to show, double-click to recolour)</source>
        <translation>&lt;b&gt;Courbes&lt;/b&gt; (cocher&#xa0;: afficher, double-clic&#xa0;: couleur)</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Readout</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Formula &amp;&amp; properties</source>
        <translation>Formule et propriétés</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>left end of x</source>
        <translation>borne gauche de x</translation>
    </message>
    <message>
        <source>right end of x</source>
        <translation>borne droite de x</translation>
    </message>
    <message>
        <source>the pane whose y-range the next boxes show and set</source>
        <translation>le panneau dont les cases suivantes montrent et règlent la plage de y</translation>
    </message>
    <message>
        <source>pane of the y-range</source>
        <translation>panneau de la plage de y</translation>
    </message>
    <message>
        <source>y &amp;auto</source>
        <translation>y a&amp;uto</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>bottom of the chosen pane</source>
        <translation>bas du panneau choisi</translation>
    </message>
    <message>
        <source>views</source>
        <extracomment>Presentation on a 1920x1080 projector read from the back of a room: 20 pt text is about 27 px, 2.5 % of the height (a slide&apos;s body text); curves 2.5 times as thick (5 px at the default 2 px), marks and the legend with them.</extracomment>
        <translation>vues</translation>
    </message>
    <message>
        <source>top of the chosen pane</source>
        <translation>haut du panneau choisi</translation>
    </message>
    <message>
        <source>y of</source>
        <translation>y de</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <source>Save the figure as PNG, SVG or PDF, or the numbers as CSV</source>
        <translation>Enregistrer la figure en PNG, SVG ou PDF, ou les nombres en CSV</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>&amp;Enregistrer la session…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find a function</source>
        <translation>&amp;Chercher une fonction</translation>
    </message>
    <message>
        <source>Re&amp;move the selected curve</source>
        <translation>Re&amp;tirer la courbe sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Play or pause the parameter</source>
        <translation>Lecture ou pause du &amp;paramètre</translation>
    </message>
    <message>
        <source>&amp;New function…</source>
        <translation>&amp;Nouvelle fonction…</translation>
    </message>
    <message>
        <source>Edit &amp;formula…</source>
        <translation>Modifier la &amp;formule…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show the &amp;first derivative f′</source>
        <translation>Afficher la &amp;dérivée première f′</translation>
    </message>
    <message>
        <source>Show the &amp;second derivative f″</source>
        <translation>Afficher la dérivée &amp;seconde f″</translation>
    </message>
    <message>
        <source>&amp;Overlay f and its derivatives</source>
        <translation>S&amp;uperposer f et ses dérivées</translation>
    </message>
    <message>
        <source>f, f′ and f″ on one pair of axes, the derivatives dashed, as tutorials draw them</source>
        <translation>f, f′ et f″ sur les mêmes axes, les dérivées en tirets, comme dans les cours</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>&amp;Dots at jumps</source>
        <translation>P&amp;oints aux sauts</translation>
    </message>
    <message>
        <source>Filled dot: the value actgui takes at the point; open dot: a one-sided limit</source>
        <translation>Point plein&#xa0;: la valeur qu’actgui prend au point&#xa0;; point creux&#xa0;: une limite à gauche ou à droite</translation>
    </message>
    <message>
        <source>Di&amp;fference from the selected curve</source>
        <translation>Di&amp;fférence avec la courbe sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Relative difference</source>
        <translation>É&amp;cart relatif</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Full screen, large text and thick lines for a lecture hall; Esc leaves</source>
        <translation>Plein écran, grand texte et traits épais pour un amphithéâtre&#xa0;; Échap pour quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;About actgui</source>
        <translation>À &amp;propos d’actgui</translation>
    </message>
    <message>
        <source>&amp;Undo {}</source>
        <translation>&amp;Annuler {}</translation>
    </message>
    <message>
        <source>&amp;Redo {}</source>
        <translation>&amp;Rétablir {}</translation>
    </message>
    <message>
        <source>No function matches “{}”.</source>
        <translation>Aucune fonction ne correspond à «&#xa0;{}&#xa0;».</translation>
    </message>
    <message>
        <source>Curve colour</source>
        <translation>Couleur de la courbe</translation>
    </message>
    <message>
        <source>actgui will speak {} from its next start. Restart now?</source>
        <translation>actgui sera en «&#xa0;{}&#xa0;» à son prochain démarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>actgui could not restart itself; start it again to switch.</source>
        <translation>actgui n’a pas pu redémarrer&#xa0;; relancez-le pour changer de langue.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Welcome: the lessons beside the curves follow the tutorials; Help &gt; Lessons (F1) opens them again.</source>
        <translation>Bienvenue&#xa0;! Les leçons à côté des courbes suivent les cours&#xa0;; Aide &gt; Leçons (F1) les rouvre.</translation>
    </message>
    <message>
        <source>The range needs MIN &lt; MAX.</source>
        <translation>La plage doit vérifier MIN &lt; MAX.</translation>
    </message>
    <message>
        <source>The view was kept to [{:.6g}, {:.6g}], the range actgui can draw.</source>
        <translation>La vue a été limitée à [{:.6g}, {:.6g}], la plage qu’actgui peut tracer.</translation>
    </message>
    <message>
        <source>The settings file {} is not actgui&apos;s or is damaged; actgui started with its defaults.</source>
        <translation>Le fichier de réglages {} n’est pas celui d’actgui ou est endommagé&#xa0;; actgui a démarré avec ses réglages par défaut.</translation>
    </message>
    <message>
        <source>The remembered session was not valid ({}); actgui started with its defaults.</source>
        <translation>La session mémorisée n’était pas valide ({})&#xa0;; actgui a démarré avec ses réglages par défaut.</translation>
    </message>
    <message>
        <source>Could not open {}: {}</source>
        <translation>Impossible d’ouvrir {}&#xa0;: {}</translation>
    </message>
    <message>
        <source>Opened {}</source>
        <translation>Ouvert&#xa0;: {}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>actgui sessions (*.json)</source>
        <translation>Sessions actgui (*.json)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>Enregistré&#xa0;: {}</translation>
    </message>
    <message>
        <source>Could not save {}: {}</source>
        <translation>Impossible d’enregistrer {}&#xa0;: {}</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>Écrit&#xa0;: {}</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard</source>
        <translation>Figure copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>About actgui</source>
        <translation>À propos d’actgui</translation>
    </message>
    <message>
        <source>See, compare and understand activation functions and their derivatives.</source>
        <translation>Voir, comparer et comprendre les fonctions d’activation et leurs dérivées.</translation>
    </message>
    <message>
        <source>Something went wrong: {}</source>
        <translation>Une erreur s’est produite&#xa0;: {}</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>Not a number: {}</source>
        <translation>Pas un nombre&#xa0;: {}</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>Set the parameters to a library&apos;s defaults</source>
        <translation>Donner aux paramètres les valeurs par défaut d’une bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Select a curve to tune its parameters.</source>
        <translation>Sélectionnez une courbe pour régler ses paramètres.</translation>
    </message>
    <message>
        <source>Play {} from one value to another</source>
        <translation>Animer {} d’une valeur à une autre</translation>
    </message>
    <message>
        <source>play {}</source>
        <translation>animer {}</translation>
    </message>
    <message>
        <source>This function has no parameters.</source>
        <translation>Cette fonction n’a pas de paramètres.</translation>
    </message>
    <message>
        <source>Library defaults…</source>
        <translation>Défauts des bibliothèques…</translation>
    </message>
</context>
<context>
    <name>ReadoutPanel</name>
    <message>
        <source>x of the readout</source>
        <translation>x du relevé</translation>
    </message>
    <message>
        <source>&amp;x =</source>
        <translation>&amp;x =</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>values at x</source>
        <translation>valeurs en x</translation>
    </message>
</context>
<context>
    <name>SignalView</name>
    <message>
        <source>Input mean &amp;μ:</source>
        <translation>Moyenne de l’entrée &amp;μ&#xa0;:</translation>
    </message>
    <message>
        <source>Input std &amp;σ:</source>
        <translation>Écart-type de l’entrée &amp;σ&#xa0;:</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>density of f(x), x ~ N(μ, σ²)</source>
        <translation>densité de f(x), x ~ N(μ, σ²)</translation>
    </message>
    <message>
        <source>{} % at {}</source>
        <translation>{}&#xa0;% en {}</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>courbe</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>std</source>
        <translation>écart-type</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturé</translation>
    </message>
    <message>
        <source>Dashed: the mean of f(x). Stems: point masses. Dead: f′(x) = 0. Saturated: |f′(x)| &amp;lt; 0.01.</source>
        <translation>Tirets&#xa0;: moyenne de f(x). Bâtons&#xa0;: masses ponctuelles. Mort&#xa0;: f′(x) = 0. Saturé&#xa0;: |f′(x)| &amp;lt; 0.01.</translation>
    </message>
</context>
<context>
    <name>SoftmaxLab</name>
    <message>
        <source>tutorial: [0.5, 2.8, 5.0, 1.0, 3.0]</source>
        <translation>tutoriel&#xa0;: [0.5, 2.8, 5.0, 1.0, 3.0]</translation>
    </message>
    <message>
        <source>overflow: [1010, 1020, 1000, 990, 1050]</source>
        <translation>dépassement&#xa0;: [1010, 1020, 1000, 990, 1050]</translation>
    </message>
    <message>
        <source>softmax</source>
        <extracomment>key, function, title, naive formula (z = x/T), sign of the exponent&apos;s argument.</extracomment>
        <translation>softmax</translation>
    </message>
    <message>
        <source>log-softmax</source>
        <translation>log-softmax</translation>
    </message>
    <message>
        <source>softmin</source>
        <translation>softmin</translation>
    </message>
    <message>
        <source>Numbers separated by commas or spaces; paste a vector</source>
        <translation>Nombres séparés par des virgules ou des espaces&#xa0;; collez un vecteur</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <source>&amp;Logits:</source>
        <translation>&amp;Logits&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température&#xa0;:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>index i</source>
        <translation>indice i</translation>
    </message>
    <message>
        <source>softmax Jacobian ∂sᵢ/∂xⱼ</source>
        <translation>jacobienne de softmax ∂sᵢ/∂xⱼ</translation>
    </message>
    <message>
        <source>index j</source>
        <translation>indice j</translation>
    </message>
    <message>
        <source>Type numbers separated by commas, e.g. 1, 2, 3.</source>
        <translation>Saisissez des nombres séparés par des virgules, p. ex. 1, 2, 3.</translation>
    </message>
    <message>
        <source>The stable formulas subtract the maximum first: the same mathematically, and finite in float64.</source>
        <translation>Les formules stables soustraient d’abord le maximum&#xa0;: mathématiquement identiques, et finies en float64.</translation>
    </message>
    <message>
        <source>In float64, with z = x/T:</source>
        <translation>En float64, avec z = x/T&#xa0;:</translation>
    </message>
    <message>
        <source>Σexp overflows to ∞ (its largest term is exp({}))</source>
        <translation>Σexp déborde vers ∞ (son plus grand terme est exp({}))</translation>
    </message>
    <message>
        <source>Σexp underflows to 0 (its largest term is exp({}))</source>
        <translation>Σexp tombe à 0 par sous-dépassement (son plus grand terme est exp({}))</translation>
    </message>
    <message>
        <source>{value} at {count} of {total} entries</source>
        <translation>{value} pour {count} composantes sur {total}</translation>
    </message>
    <message>
        <source>{name} = {formula}: {cause}, so it gives {values}.</source>
        <translation>{name} = {formula}&#xa0;: {cause}, d’où {values}.</translation>
    </message>
    <message>
        <source>{vector}, {series}
index {i}, logit {x}
value {value}</source>
        <translation>{vector}, {series}
indice {i}, logit {x}
valeur {value}</translation>
    </message>
    <message>
        <source>∂s{i}/∂x{j} = {value}</source>
        <translation>∂s{i}/∂x{j} = {value}</translation>
    </message>
    <message>
        <source>stable</source>
        <extracomment>series, bar colour, offset of its bars from the index.</extracomment>
        <translation>stable</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>naïf</translation>
    </message>
    <message>
        <source>Naive and stable agree: no exponential overflows. Try the overflow preset.</source>
        <translation>Les versions naïve et stable concordent&#xa0;: aucune exponentielle ne déborde. Essayez le préréglage «&#xa0;dépassement&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SweepBox</name>
    <message>
        <source>S&amp;weep a parameter</source>
        <translation>&amp;Balayer un paramètre</translation>
    </message>
    <message>
        <source>Draw a family of curves, or play a parameter from one value to another</source>
        <translation>Tracer une famille de courbes, ou animer un paramètre d’une valeur à une autre</translation>
    </message>
    <message>
        <source>parameter to sweep</source>
        <translation>paramètre à balayer</translation>
    </message>
    <message>
        <source>&amp;Draw as a family of</source>
        <translation>Tracer une &amp;famille de</translation>
    </message>
    <message>
        <source> curves</source>
        <translation> courbes</translation>
    </message>
    <message>
        <source>curves in the family</source>
        <translation>courbes de la famille</translation>
    </message>
    <message>
        <source>&amp;log steps</source>
        <translation>pas &amp;log</translation>
    </message>
    <message>
        <source>E&amp;xpand into curves</source>
        <translation>&amp;Séparer en courbes</translation>
    </message>
    <message>
        <source>Replace the family by its curves, one entry each</source>
        <translation>Remplacer la famille par ses courbes, une entrée chacune</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Lect&amp;ure</translation>
    </message>
    <message>
        <source>Play the parameter from one value to the other (Ctrl+Space)</source>
        <translation>Animer le paramètre d’une valeur à l’autre (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>play time</source>
        <translation>durée de l’animation</translation>
    </message>
    <message>
        <source>how it plays</source>
        <translation>mode d’animation</translation>
    </message>
    <message>
        <source>back and forth</source>
        <translation>aller-retour</translation>
    </message>
    <message>
        <source>looping</source>
        <translation>en boucle</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Paramètre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>⏸ &amp;Pause</source>
        <translation>⏸ Pa&amp;use</translation>
    </message>
</context>
<context>
    <name>TrainingRace</name>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Ou exclusif</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiennes</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>Neurons per hidden layer, separated by commas: 1 to 6 layers of 1 to 8</source>
        <translation>Neurones par couche cachée, séparés par des virgules&#xa0;: de 1 à 6 couches de 1 à 8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Regularisation rate</source>
        <translation>Taux de régularisation</translation>
    </message>
    <message>
        <source>The test loss whose epochs the table counts</source>
        <translation>La perte de test pour laquelle le tableau compte les époques</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>É&amp;chelle log</translation>
    </message>
    <message>
        <source>The run whose decision boundaries are drawn</source>
        <translation>L’exécution dont les frontières de décision sont tracées</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>époque %v sur %m</translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation>Couc&amp;hes cachées&#xa0;:</translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation>&amp;Taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille de l&amp;ot&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation>&amp;Bruit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation>Part d’e&amp;ntraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Regularisation:</source>
        <translation>Régularisation&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation>&amp;Graines&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation>Épo&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target loss:</source>
        <translation>&amp;Perte cible&#xa0;:</translation>
    </message>
    <message>
        <source>Loss chart:</source>
        <translation>Courbe de perte&#xa0;:</translation>
    </message>
    <message>
        <source>Seed sho&amp;wn:</source>
        <translation>Graine aff&amp;ichée&#xa0;:</translation>
    </message>
    <message>
        <source>test loss: median, IQR band</source>
        <translation>perte de test&#xa0;: médiane, bande interquartile</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Hidden layers: 1 to 6 whole numbers from 1 to 8, separated by commas, e.g. 3, 3.</source>
        <translation>Couches cachées&#xa0;: de 1 à 6 entiers de 1 à 8, séparés par des virgules, p. ex. 3, 3.</translation>
    </message>
    <message>
        <source>Check one or more curves to race them.</source>
        <translation>Cochez une ou plusieurs courbes pour les faire concourir.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Training… (seeds: {}, functions: {})</source>
        <translation>Entraînement… (graines&#xa0;: {}, fonctions&#xa0;: {})</translation>
    </message>
    <message>
        <source>Stopped at epoch {} of {}: partial results.</source>
        <translation>Arrêté à l’époque {} sur {}&#xa0;: résultats partiels.</translation>
    </message>
    <message>
        <source>Stale: settings changed since this run. Run again to refresh.</source>
        <translation>Périmé&#xa0;: les réglages ont changé depuis cette course. Relancez pour actualiser.</translation>
    </message>
    <message>
        <source>dashed: train</source>
        <translation>tirets&#xa0;: entraînement</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>Q1–Q3</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>vs {}</source>
        <translation>vs {}</translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation>accélération</translation>
    </message>
    <message>
        <source>Epochs to the target test loss: the median run&apos;s</source>
        <translation>Époques jusqu’à la perte de test cible&#xa0;: celles de l’exécution médiane</translation>
    </message>
    <message>
        <source>Epochs to the target: the interquartile range over the seeds</source>
        <translation>Époques jusqu’à la cible&#xa0;: l’intervalle interquartile sur les graines</translation>
    </message>
    <message>
        <source>The share of the seeds that reach the target</source>
        <translation>La part des graines qui atteignent la cible</translation>
    </message>
    <message>
        <source>Speed-up: how many times faster than the reference the median run reaches the target, with the 95 % bootstrap interval over the seeds</source>
        <translation>Accélération&#xa0;: combien de fois plus vite que la référence l’exécution médiane atteint la cible, avec l’intervalle bootstrap à 95&#xa0;% sur les graines</translation>
    </message>
    <message>
        <source>Partial, {} of {} epochs: {}</source>
        <translation>Partiel, {} époques sur {}&#xa0;: {}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>neither reaches it</source>
        <translation>aucune des deux</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Sigmoidal (saturating)</source>
        <translation>Sigmoïdes (saturantes)</translation>
    </message>
    <message>
        <source>Rectifiers (ReLU family)</source>
        <translation>Redresseurs (famille ReLU)</translation>
    </message>
    <message>
        <source>Smooth gated (GELU, SiLU, ...)</source>
        <translation>À porte lisse (GELU, SiLU, ...)</translation>
    </message>
    <message>
        <source>Hard / piecewise linear</source>
        <translation>Durs / linéaires par morceaux</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Seuillage (shrinkage)</translation>
    </message>
    <message>
        <source>Other and classic</source>
        <translation>Autres et classiques</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Fonction sigmoïde</translation>
    </message>
    <message>
        <source>The logistic function: squashes to (0, 1); its gradient vanishes for large |x|.</source>
        <translation>La fonction logistique&#xa0;: écrase les valeurs dans (0, 1)&#xa0;; son gradient disparaît pour |x| grand.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tangente hyperbolique</translation>
    </message>
    <message>
        <source>Zero-centred sigmoid: tanh(x) = 2σ(2x) - 1.</source>
        <translation>Sigmoïde centrée en zéro&#xa0;: tanh(x) = 2σ(2x) - 1.</translation>
    </message>
    <message>
        <source>LeCun tanh</source>
        <translation>Tanh de LeCun</translation>
    </message>
    <message>
        <source>Scaled so that f(±1) = ±1 and the variance of unit-variance input is kept.</source>
        <translation>Mise à l’échelle pour que f(±1) = ±1 et que la variance d’une entrée de variance 1 soit conservée.</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>Sigmoïde dure</translation>
    </message>
    <message>
        <source>pytorch: relu6(x+3)/6 (also Keras 3, JAX); keras2: clip(0.2x + 0.5, 0, 1) (Keras 2 / tf.keras)</source>
        <translation>pytorch&#xa0;: relu6(x+3)/6 (aussi Keras 3, JAX)&#xa0;; keras2&#xa0;: clip(0.2x + 0.5, 0, 1) (Keras 2 / tf.keras)</translation>
    </message>
    <message>
        <source>f&apos;(±c) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(±c) = 0, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Hard tanh</source>
        <translation>Tanh dure</translation>
    </message>
    <message>
        <source>lower clipping value</source>
        <translation>borne inférieure de l’écrêtage</translation>
    </message>
    <message>
        <source>upper clipping value</source>
        <translation>borne supérieure de l’écrêtage</translation>
    </message>
    <message>
        <source>fixed at ±1</source>
        <translation>fixé à ±1</translation>
    </message>
    <message>
        <source>f&apos; = 0 at both clipping points, as PyTorch autograd.</source>
        <translation>f&apos; = 0 aux deux points d’écrêtage, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <source>f&apos;&apos; jumps at 0 (from 2 to -2); f&apos;&apos;(0) = 0.</source>
        <translation>f&apos;&apos; saute en 0 (de 2 à -2)&#xa0;; f&apos;&apos;(0) = 0.</translation>
    </message>
    <message>
        <source>Log-sigmoid</source>
        <translation>Log-sigmoïde</translation>
    </message>
    <message>
        <source>Arctan</source>
        <translation>Arc tangente</translation>
    </message>
    <message>
        <source>ISRU</source>
        <translation>ISRU</translation>
    </message>
    <message>
        <source>α in x/√(1+αx²)</source>
        <translation>α dans x/√(1+αx²)</translation>
    </message>
    <message>
        <source>SQNL</source>
        <translation>SQNL</translation>
    </message>
    <message>
        <source>f&apos;&apos; jumps at -2, 0 and 2; f&apos;&apos; there is 0.</source>
        <translation>f&apos;&apos; saute en -2, 0 et 2&#xa0;; f&apos;&apos; y vaut 0.</translation>
    </message>
    <message>
        <source>Sparse sigmoid</source>
        <translation>Sigmoïde creuse</translation>
    </message>
    <message>
        <source>f&apos;(±1) = 0, as hard sigmoid.</source>
        <translation>f&apos;(±1) = 0, comme la sigmoïde dure.</translation>
    </message>
    <message>
        <source>Binary step</source>
        <translation>Fonction échelon</translation>
    </message>
    <message>
        <source>value at x = 0 (torch.heaviside&apos;s values)</source>
        <translation>valeur en x = 0 (argument values de torch.heaviside)</translation>
    </message>
    <message>
        <source>values = at_zero</source>
        <translation>values = at_zero</translation>
    </message>
    <message>
        <source>x2 = at_zero</source>
        <translation>x2 = at_zero</translation>
    </message>
    <message>
        <source>f&apos; = 0 everywhere, 0 at the jump too (no gradient flows).</source>
        <translation>f&apos; = 0 partout, y compris au saut (aucun gradient ne passe).</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>relu&apos;(0) = 0, as PyTorch autograd.</source>
        <translation>relu&apos;(0) = 0, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>slope for x &lt; 0</source>
        <translation>pente pour x &lt; 0</translation>
    </message>
    <message>
        <source>the layer&apos;s default</source>
        <translation>valeur par défaut de la couche</translation>
    </message>
    <message>
        <source>f&apos;(0) = negative_slope, as PyTorch autograd.</source>
        <translation>f&apos;(0) = negative_slope, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>learned slope for x &lt; 0 (nn.PReLU init)</source>
        <translation>pente apprise pour x &lt; 0 (init de nn.PReLU)</translation>
    </message>
    <message>
        <source>nn.PReLU(init=0.25)</source>
        <translation>nn.PReLU(init=0.25)</translation>
    </message>
    <message>
        <source>alpha initialised to 0</source>
        <translation>alpha initialisé à 0</translation>
    </message>
    <message>
        <source>f&apos;(0) = weight, as PyTorch autograd.</source>
        <translation>f&apos;(0) = weight, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>RReLU (eval)</source>
        <translation>RReLU (évaluation)</translation>
    </message>
    <message>
        <source>lower bound of the random slope</source>
        <translation>borne inférieure de la pente aléatoire</translation>
    </message>
    <message>
        <source>upper bound of the random slope</source>
        <translation>borne supérieure de la pente aléatoire</translation>
    </message>
    <message>
        <source>training=False</source>
        <translation>training=False</translation>
    </message>
    <message>
        <source>In training the slope for x &lt; 0 is drawn from U(lower, upper); evaluation uses the mean (lower + upper)/2. The canvas shows the band of possible slopes.</source>
        <translation>À l’entraînement, la pente pour x &lt; 0 est tirée selon U(lower, upper)&#xa0;; l’évaluation utilise la moyenne (lower + upper)/2. Le graphique montre la bande des pentes possibles.</translation>
    </message>
    <message>
        <source>f&apos;(0) = (lower + upper)/2, as PyTorch autograd in eval mode.</source>
        <translation>f&apos;(0) = (lower + upper)/2, comme l’autograd de PyTorch en mode évaluation.</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>f&apos;(0) = f&apos;(6) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(0) = f&apos;(6) = 0, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>saturation value -α for x → -∞</source>
        <translation>valeur de saturation -α pour x → -∞</translation>
    </message>
    <message>
        <source>f&apos;(0) = α (the x ≤ 0 branch), as PyTorch autograd.</source>
        <translation>f&apos;(0) = α (la branche x ≤ 0), comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>f&apos;(0) = λα ≈ 1.7581, as PyTorch autograd.</source>
        <translation>f&apos;(0) = λα ≈ 1.7581, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>CELU</source>
        <translation>CELU</translation>
    </message>
    <message>
        <source>f&apos;(0) = 1 (continuous); f&apos;&apos; jumps there and f&apos;&apos;(0) = 1/α (x ≤ 0 branch).</source>
        <translation>f&apos;(0) = 1 (continue)&#xa0;; f&apos;&apos; y saute et f&apos;&apos;(0) = 1/α (branche x ≤ 0).</translation>
    </message>
    <message>
        <source>ISRLU</source>
        <translation>ISRLU</translation>
    </message>
    <message>
        <source>α in x/√(1+αx²) for x &lt; 0</source>
        <translation>α dans x/√(1+αx²) pour x &lt; 0</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>sharpness β</source>
        <translation>raideur β</translation>
    </message>
    <message>
        <source>linear where βx &gt; threshold</source>
        <translation>linéaire là où βx &gt; threshold</translation>
    </message>
    <message>
        <source>no parameters (β = 1, no threshold)</source>
        <translation>sans paramètres (β = 1, sans threshold)</translation>
    </message>
    <message>
        <source>PyTorch switches to x where βx &gt; threshold; that leaves a downward jump of log(1 + e^-threshold)/β (about 2e-9 at the defaults) at x = threshold/β, so this softplus is not monotonic there (the smooth softplus is).</source>
        <translation>PyTorch passe à x là où βx &gt; threshold&#xa0;; il reste un saut vers le bas de log(1 + e^-threshold)/β (environ 2e-9 aux valeurs par défaut) en x = threshold/β&#xa0;: ce softplus n’y est donc pas monotone (le softplus lisse l’est).</translation>
    </message>
    <message>
        <source>At the switch f&apos; goes from σ(threshold) to 1.</source>
        <translation>Au basculement, f&apos; passe de σ(threshold) à 1.</translation>
    </message>
    <message>
        <source>Squareplus</source>
        <translation>Squareplus</translation>
    </message>
    <message>
        <source>curvature near 0 (b = 0 gives ReLU)</source>
        <translation>courbure près de 0 (b = 0 donne ReLU)</translation>
    </message>
    <message>
        <source>With b = 0 (ReLU) f&apos;(0) = 1/2.</source>
        <translation>Avec b = 0 (ReLU), f&apos;(0) = 1/2.</translation>
    </message>
    <message>
        <source>Sparse plus</source>
        <translation>Sparse plus</translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at ±1 and is 0 there.</source>
        <translation>f est C¹&#xa0;; f&apos;&apos; saute en ±1 et y vaut 0.</translation>
    </message>
    <message>
        <source>SmeLU</source>
        <translation>SmeLU</translation>
    </message>
    <message>
        <source>half-width β of the quadratic part</source>
        <translation>demi-largeur β de la partie quadratique</translation>
    </message>
    <message>
        <source>sparse_plus is SmeLU with β = 1.</source>
        <translation>sparse_plus est SmeLU avec β = 1.</translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at ±β and is 0 there.</source>
        <translation>f est C¹&#xa0;; f&apos;&apos; saute en ±β et y vaut 0.</translation>
    </message>
    <message>
        <source>RePU (ReLU to a power)</source>
        <translation>RePU (puissance de ReLU)</translation>
    </message>
    <message>
        <source>the power: 1 is ReLU, 2 the squared ReLU</source>
        <translation>la puissance&#xa0;: 1 donne ReLU, 2 le ReLU au carré</translation>
    </message>
    <message>
        <source>p = 2</source>
        <translation>p = 2</translation>
    </message>
    <message>
        <source>The p-th derivative jumps at 0 (from 0 to p!); every derivative at 0 is 0, as PyTorch autograd of relu(x)**p.</source>
        <translation>La dérivée p-ième saute en 0 (de 0 à p!)&#xa0;; toutes les dérivées valent 0 en 0, comme l’autograd de PyTorch pour relu(x)**p.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Fonction seuil</translation>
    </message>
    <message>
        <source>x is kept where x &gt; threshold</source>
        <translation>x est conservé là où x &gt; threshold</translation>
    </message>
    <message>
        <source>value where x ≤ threshold</source>
        <translation>valeur là où x ≤ threshold</translation>
    </message>
    <message>
        <source>no defaults</source>
        <translation>pas de valeurs par défaut</translation>
    </message>
    <message>
        <source>value is default_value</source>
        <translation>value s’y appelle default_value</translation>
    </message>
    <message>
        <source>PyTorch gives no defaults; actgui&apos;s (1, 0) show the jump.</source>
        <translation>PyTorch ne donne pas de valeurs par défaut&#xa0;; celles d’actgui, (1, 0), montrent le saut.</translation>
    </message>
    <message>
        <source>f&apos;(threshold) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(threshold) = 0, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>also keras.activations.swish</source>
        <translation>aussi keras.activations.swish</translation>
    </message>
    <message>
        <source>also jax.nn.swish</source>
        <translation>aussi jax.nn.swish</translation>
    </message>
    <message>
        <source>Swish (β)</source>
        <translation>Swish (β)</translation>
    </message>
    <message>
        <source>gate sharpness β (β = 1 is SiLU)</source>
        <translation>raideur de la porte β (β = 1 donne SiLU)</translation>
    </message>
    <message>
        <source>β fixed at 1</source>
        <translation>β fixé à 1</translation>
    </message>
    <message>
        <source>The paper&apos;s x·σ(βx); no library exposes β. β → ∞ approaches ReLU, β = 0 is x/2.</source>
        <translation>Le x·σ(βx) de l’article&#xa0;; aucune bibliothèque n’expose β. β → ∞ tend vers ReLU, β = 0 donne x/2.</translation>
    </message>
    <message>
        <source>QuickGELU</source>
        <translation>QuickGELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>none: x·Φ(x) with erf; tanh: the tanh approximation</source>
        <translation>none&#xa0;: x·Φ(x) avec erf&#xa0;; tanh&#xa0;: l’approximation par tanh</translation>
    </message>
    <message>
        <source>approximate=False</source>
        <translation>approximate=False</translation>
    </message>
    <message>
        <source>approximate=True</source>
        <translation>approximate=True</translation>
    </message>
    <message>
        <source>Exact (erf) is PyTorch&apos;s and Keras activations&apos; default; JAX and keras.ops default to the tanh approximation.</source>
        <translation>La forme exacte (erf) est celle par défaut de PyTorch et des activations Keras&#xa0;; JAX et keras.ops utilisent par défaut l’approximation par tanh.</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>Hard swish</source>
        <translation>Hard swish</translation>
    </message>
    <message>
        <source>also hard_swish</source>
        <translation>aussi hard_swish</translation>
    </message>
    <message>
        <source>f&apos;(-3) = 0 and f&apos;(3) = 1, as PyTorch autograd (the one-sided limits are -0.5 and 1.5).</source>
        <translation>f&apos;(-3) = 0 et f&apos;(3) = 1, comme l’autograd de PyTorch (les limites à gauche et à droite sont -0.5 et 1.5).</translation>
    </message>
    <message>
        <source>ELiSH</source>
        <translation>ELiSH</translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at 0 (1 from the left, 1/2 from the right); f&apos;&apos;(0) = 1/2.</source>
        <translation>f est C¹&#xa0;; f&apos;&apos; saute en 0 (1 à gauche, 1/2 à droite)&#xa0;; f&apos;&apos;(0) = 1/2.</translation>
    </message>
    <message>
        <source>Hard shrink</source>
        <translation>Seuillage dur</translation>
    </message>
    <message>
        <source>values with |x| ≤ λ become 0</source>
        <translation>les valeurs avec |x| ≤ λ deviennent 0</translation>
    </message>
    <message>
        <source>threshold=0.5</source>
        <translation>threshold=0.5</translation>
    </message>
    <message>
        <source>f&apos;(±λ) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(±λ) = 0, comme l’autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Soft shrink</source>
        <translation>Seuillage doux</translation>
    </message>
    <message>
        <source>values with |x| ≤ λ become 0, others move by λ</source>
        <translation>les valeurs avec |x| ≤ λ deviennent 0, les autres se rapprochent de 0 de λ</translation>
    </message>
    <message>
        <source>Tanh shrink</source>
        <translation>Tanh shrink</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Fonction identité</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Fonction exponentielle</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Fonction gaussienne</translation>
    </message>
    <message>
        <source>Sinusoid</source>
        <translation>Sinusoïde</translation>
    </message>
    <message>
        <source>Sinc</source>
        <translation>Sinus cardinal</translation>
    </message>
    <message>
        <source>normalised: torch.sinc(x/π) is this function</source>
        <translation>normalisé&#xa0;: torch.sinc(x/π) est cette fonction</translation>
    </message>
    <message>
        <source>normalised: numpy.sinc(x/π) is this function</source>
        <translation>normalisé&#xa0;: numpy.sinc(x/π) est cette fonction</translation>
    </message>
    <message>
        <source>Bent identity</source>
        <translation>Identité courbée</translation>
    </message>
    <message>
        <source>Snake</source>
        <translation>Snake</translation>
    </message>
    <message>
        <source>frequency a</source>
        <translation>fréquence a</translation>
    </message>
    <message>
        <source>My functions</source>
        <extracomment>Views stay where float64 arithmetic and the plotting are safe: both ends within ±MAX_COORD, and a width of at least MIN_WIDTH and of MIN_RELATIVE_WIDTH times the larger end (so a few thousand samples across the view are distinct numbers). Bounds on what a session document may hold, checked before it costs time or memory.</extracomment>
        <translation>Mes fonctions</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>All exports</source>
        <extracomment>Every format by suffix, in the order the modules are named.</extracomment>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>APNG animation (animated PNG)</source>
        <translation>Animation APNG (PNG animé)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>Animation GIF</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>Vidéo MP4 (H.264)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>Dessin vectoriel SVG</translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>{name} reaches test loss {target} in a median of {epochs} epochs</source>
        <translation>{name} atteint la perte de test {target} en {epochs} époques (médiane)</translation>
    </message>
    <message>
        <source>{name} does not reach test loss {target} within {budget} epochs in a median run</source>
        <translation>{name} n’atteint pas la perte de test {target} en {budget} époques (exécution médiane)</translation>
    </message>
    <message>
        <source>, {ratio} times faster than {other} (95 % interval {low}-{high})</source>
        <translation>, {ratio} fois plus vite que {other} (intervalle à 95&#xa0;%&#xa0;: {low}-{high})</translation>
    </message>
    <message>
        <source>, {ratio} times slower than {other} (95 % interval {low}-{high})</source>
        <translation>, {ratio} fois plus lentement que {other} (intervalle à 95&#xa0;%&#xa0;: {low}-{high})</translation>
    </message>
    <message>
        <source>, while {other} does not reach it in a median run</source>
        <translation>, alors que {other} ne l’atteint pas dans l’exécution médiane</translation>
    </message>
    <message>
        <source>, {ratio} times the speed of {other}, but its 95 % interval ({low}-{high}) includes 1: more seeds would tell</source>
        <translation>, {ratio} fois la vitesse de {other}, mais son intervalle à 95&#xa0;% ({low}-{high}) contient 1&#xa0;: plus de graines le diraient</translation>
    </message>
    <message>
        <source>No function reaches test loss {target} within {budget} epochs in a median run.</source>
        <translation>Aucune fonction n’atteint la perte de test {target} en {budget} époques dans l’exécution médiane.</translation>
    </message>
    <message>
        <source>{name} reaches test loss {target} in a median of {epochs} epochs.</source>
        <translation>{name} atteint la perte de test {target} en {epochs} époques (médiane).</translation>
    </message>
    <message>
        <source>{name} is the fastest to test loss {target}: a median of {epochs} epochs, {ratio} times faster than the next, {other} (95 % interval {low}-{high}).</source>
        <translation>{name} est la plus rapide à atteindre la perte de test {target}&#xa0;: {epochs} époques en médiane, {ratio} fois plus vite que la suivante, {other} (intervalle à 95&#xa0;%&#xa0;: {low}-{high}).</translation>
    </message>
    <message>
        <source>{name} reaches test loss {target} first, in a median of {epochs} epochs, {ratio} times the speed of the next, {other}, but the 95 % interval ({low}-{high}) includes 1: more seeds would tell.</source>
        <translation>{name} atteint la perte de test {target} la première, en {epochs} époques en médiane, {ratio} fois la vitesse de la suivante, {other}, mais l’intervalle à 95&#xa0;% ({low}-{high}) contient 1&#xa0;: plus de graines le diraient.</translation>
    </message>
    <message>
        <source>{name} is the only function to reach test loss {target} in a median run: a median of {epochs} epochs.</source>
        <translation>{name} est la seule fonction à atteindre la perte de test {target} dans l’exécution médiane&#xa0;: {epochs} époques en médiane.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Change {}</source>
        <translation>la modification de {}</translation>
    </message>
    <message>
        <source>Add {}</source>
        <translation>l’ajout de {}</translation>
    </message>
    <message>
        <source>Remove {}</source>
        <translation>la suppression de {}</translation>
    </message>
    <message>
        <source>Remove {} curves</source>
        <translation>la suppression de {} courbes</translation>
    </message>
    <message>
        <source>Expand {}</source>
        <translation>la séparation de {}</translation>
    </message>
    <message>
        <source>Change {} of {}</source>
        <translation>la modification de {} ({})</translation>
    </message>
    <message>
        <source>Open {}</source>
        <translation>l’ouverture de {}</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Gradients through depth</source>
        <translation>Gradients en profondeur</translation>
    </message>
    <message>
        <source>Signal statistics</source>
        <translation>Statistiques du signal</translation>
    </message>
    <message>
        <source>Softmax lab</source>
        <translation>Labo softmax</translation>
    </message>
    <message>
        <source>Training race</source>
        <translation>Course d’entraînement</translation>
    </message>
</context>
</TS>
