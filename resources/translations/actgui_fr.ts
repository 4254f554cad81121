<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Canvas</name>
    <message>
        <source>{} (reference)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Function</source>
        <extracomment>The roles whose data change with each curve field.</extracomment>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
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
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
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
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Style&#xa0;:</translation>
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
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>Copy LaTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a curve to see its formula and properties.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At kinks</source>
        <translation>Aux points anguleux</translation>
    </message>
    <message>
        <source>none in PyTorch, Keras or JAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library equivalents</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane of the y-range</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top of the chosen pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show f′ pane</source>
        <translation>Afficher le panneau f′</translation>
    </message>
    <message>
        <source>Show f″ pane</source>
        <translation>Afficher le panneau f″</translation>
    </message>
    <message>
        <source>&amp;Overlay f and its derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f, f′ and f″ on one pair of axes, the derivatives dashed, as tutorials draw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>&amp;Dots at jumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled dot: the value actgui takes at the point; open dot: a one-sided limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;fference from the selected curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relative difference</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
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
        <source>Export {}</source>
        <translation>Exporter «&#xa0;{}&#xa0;»</translation>
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
        <translation type="unfinished">Une erreur s’est produite&#xa0;: {}</translation>
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
        <source>&amp;x =</source>
        <translation>&amp;x =</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
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
        <source>density of f(x), x ~ N(μ, σ²); stems: point masses</source>
        <translation>densité de f(x), x ~ N(μ, σ²)&#xa0;; bâtons&#xa0;: masses ponctuelles</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>{} % at {}</source>
        <translation type="unfinished"></translation>
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
        <source>Dashed: the mean of f(x). Dead: f′(x) = 0. Saturated: |f′(x)| &amp;lt; 0.01.</source>
        <translation>Tirets&#xa0;: moyenne de f(x). Mort&#xa0;: f′(x) = 0. Saturé&#xa0;: |f′(x)| &amp;lt; 0.01.</translation>
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
        <source>Type numbers separated by commas, e.g. 1, 2, 3.</source>
        <translation>Saisissez des nombres séparés par des virgules, p. ex. 1, 2, 3.</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>naïf</translation>
    </message>
    <message>
        <source>The naive formula exp(x)/Σexp(x) overflows here: exp({:g}) is infinite in float64, so inf/inf gives NaN ({}). Subtracting the maximum first (stable) changes nothing mathematically and gives the right answer.</source>
        <translation>La formule naïve exp(x)/Σexp(x) déborde ici&#xa0;: exp({:g}) est infini en float64, donc inf/inf donne NaN ({}). Soustraire d’abord le maximum (version stable) ne change rien mathématiquement et donne la bonne réponse.</translation>
    </message>
    <message>
        <source>Naive and stable agree: no exponential overflows. Try the overflow preset.</source>
        <translation>Les versions naïve et stable concordent&#xa0;: aucune exponentielle ne déborde. Essayez le préréglage «&#xa0;dépassement&#xa0;».</translation>
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
        <source>{name} is the only function to reach test loss {target} in a median run: a median of {epochs} epochs.</source>
        <translation>{name} est la seule fonction à atteindre la perte de test {target} dans l’exécution médiane&#xa0;: {epochs} époques en médiane.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Change {}</source>
        <extracomment>Views stay where float64 arithmetic and the plotting are safe: both ends within ±MAX_COORD, and a width of at least MIN_WIDTH and of MIN_RELATIVE_WIDTH times the larger end (so a few thousand samples across the view are distinct numbers). Bounds on what a session document may hold, checked before it costs time or memory.</extracomment>
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
        <translation type="unfinished"></translation>
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
