<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CatalogModel</name>
    <message>
        <source>Function</source>
        <extracomment>The roles whose data change with each curve field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>&amp;Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initialisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation mean ± std per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{}: first/last layer gradient ratio {:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light (for print and slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f and f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f, f′ and f″</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ont size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discontinuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} at x = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump in f{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (inf … sup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-centred (odd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At kinks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <extracomment>The languages actgui speaks, each named in itself. Japanese fonts, in order of preference, after the desktop&apos;s own font.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search functions (name or alias)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another curve of the selected function, to compare parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Curves&lt;/b&gt; (tick to show, double-click to recolour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula &amp;&amp; properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left end of x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right end of x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y &amp;auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom of the f pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top of the f pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figure as PNG, SVG or PDF, or the numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show f′ pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show f″ pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About actgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actgui will speak {} from its next start. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actgui could not restart itself; start it again to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range needs MIN &lt; MAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was kept to [{:.6g}, {:.6g}], the range actgui can draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {} is not actgui&apos;s or is damaged; actgui started with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered session was not valid ({}); actgui started with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actgui sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About actgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See, compare and understand activation functions and their derivatives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>Not a number: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>Set the parameters to a library&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a curve to tune its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This function has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library defaults…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadoutPanel</name>
    <message>
        <source>&amp;x =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalView</name>
    <message>
        <source>Input mean &amp;μ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input std &amp;σ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density of f(x), x ~ N(μ, σ²); stems: point masses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: the mean of f(x). Dead: f′(x) = 0. Saturated: |f′(x)| &amp;lt; 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftmaxLab</name>
    <message>
        <source>tutorial: [0.5, 2.8, 5.0, 1.0, 3.0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overflow: [1010, 1020, 1000, 990, 1050]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers separated by commas or spaces; paste a vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax Jacobian ∂sᵢ/∂xⱼ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type numbers separated by commas, e.g. 1, 2, 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive formula exp(x)/Σexp(x) overflows here: exp({:g}) is infinite in float64, so inf/inf gives NaN ({}). Subtracting the maximum first (stable) changes nothing mathematically and gives the right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naive and stable agree: no exponential overflows. Try the overflow preset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingRace</name>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons per hidden layer, separated by commas: 1 to 6 layers of 1 to 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test loss whose epochs the table counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run whose decision boundaries are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed sho&amp;wn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss: median, IQR band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers: 1 to 6 whole numbers from 1 to 8, separated by commas, e.g. 3, 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check one or more curves to race them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training… (seeds: {}, functions: {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at epoch {} of {}: partial results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: settings changed since this run. Run again to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to the target test loss: the median run&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to the target: the interquartile range over the seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the seeds that reach the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up: how many times faster than the reference the median run reaches the target, with the 95 % bootstrap interval over the seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial, {} of {} epochs: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither reaches it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Sigmoidal (saturating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifiers (ReLU family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth gated (GELU, SiLU, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard / piecewise linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other and classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logistic function: squashes to (0, 1); its gradient vanishes for large |x|.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-centred sigmoid: tanh(x) = 2σ(2x) - 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled so that f(±1) = ±1 and the variance of unit-variance input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytorch: relu6(x+3)/6 (also Keras 3, JAX); keras2: clip(0.2x + 0.5, 0, 1) (Keras 2 / tf.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(±c) = 0, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower clipping value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper clipping value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed at ±1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos; = 0 at both clipping points, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;&apos; jumps at 0 (from 2 to -2); f&apos;&apos;(0) = 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arctan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α in x/√(1+αx²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;&apos; jumps at -2, 0 and 2; f&apos;&apos; there is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(±1) = 0, as hard sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value at x = 0 (torch.heaviside&apos;s values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values = at_zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x2 = at_zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos; = 0 everywhere, 0 at the jump too (no gradient flows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relu&apos;(0) = 0, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope for x &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(0) = negative_slope, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned slope for x &lt; 0 (nn.PReLU init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.PReLU(init=0.25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha initialised to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(0) = weight, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RReLU (eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower bound of the random slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper bound of the random slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training=False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training the slope for x &lt; 0 is drawn from U(lower, upper); evaluation uses the mean (lower + upper)/2. The canvas shows the band of possible slopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(0) = (lower + upper)/2, as PyTorch autograd in eval mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(0) = f&apos;(6) = 0, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturation value -α for x → -∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(0) = α (the x ≤ 0 branch), as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(0) = λα ≈ 1.7581, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(0) = 1 (continuous); f&apos;&apos; jumps there and f&apos;&apos;(0) = 1/α (x ≤ 0 branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISRLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α in x/√(1+αx²) for x &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharpness β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear where βx &gt; threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameters (β = 1, no threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch switches to x where βx &gt; threshold; that leaves a downward jump of log(1 + e^-threshold)/β (about 2e-9 at the defaults) at x = threshold/β, so this softplus is not monotonic there (the smooth softplus is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the switch f&apos; goes from σ(threshold) to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squareplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curvature near 0 (b = 0 gives ReLU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With b = 0 (ReLU) f&apos;(0) = 1/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at ±1 and is 0 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmeLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-width β of the quadratic part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparse_plus is SmeLU with β = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at ±β and is 0 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RePU (ReLU to a power)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the power: 1 is ReLU, 2 the squared ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The p-th derivative jumps at 0 (from 0 to p!); every derivative at 0 is 0, as PyTorch autograd of relu(x)**p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is kept where x &gt; threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value where x ≤ threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is default_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch gives no defaults; actgui&apos;s (1, 0) show the jump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(threshold) = 0, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also keras.activations.swish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also jax.nn.swish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swish (β)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate sharpness β (β = 1 is SiLU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β fixed at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper&apos;s x·σ(βx); no library exposes β. β → ∞ approaches ReLU, β = 0 is x/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickGELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: x·Φ(x) with erf; tanh: the tanh approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate=False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact (erf) is PyTorch&apos;s and Keras activations&apos; default; JAX and keras.ops default to the tanh approximation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard swish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also hard_swish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(-3) = 0 and f&apos;(3) = 1, as PyTorch autograd (the one-sided limits are -0.5 and 1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELiSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at 0 (1 from the left, 1/2 from the right); f&apos;&apos;(0) = 1/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values with |x| ≤ λ become 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold=0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(±λ) = 0, as PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values with |x| ≤ λ become 0, others move by λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinusoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised: torch.sinc(x/π) is this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised: numpy.sinc(x/π) is this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bent identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>All exports</source>
        <extracomment>Every format by suffix, in the order the modules are named.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APNG animation (animated PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>{name} reaches test loss {target} in a median of {epochs} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not reach test loss {target} within {budget} epochs in a median run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {ratio} times faster than {other} (95 % interval {low}-{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {ratio} times slower than {other} (95 % interval {low}-{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, while {other} does not reach it in a median run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function reaches test loss {target} within {budget} epochs in a median run.</source>
        <extracomment>RaceSettings field -&gt; the option that sets it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} reaches test loss {target} in a median of {epochs} epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the fastest to test loss {target}: a median of {epochs} epochs, {ratio} times faster than the next, {other} (95 % interval {low}-{high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the only function to reach test loss {target} in a median run: a median of {epochs} epochs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Change {}</source>
        <extracomment>Views stay where float64 arithmetic and the plotting are safe: both ends within ±MAX_COORD, and a width of at least MIN_WIDTH and of MIN_RELATIVE_WIDTH times the larger end (so a few thousand samples across the view are distinct numbers). Bounds on what a session document may hold, checked before it costs time or memory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {} curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {} of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Gradients through depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training race</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Something went wrong: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
