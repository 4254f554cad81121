<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Canvas</name>
    <message>
        <source>plot of the curves</source>
        <translation>曲線のグラフ</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>{} (reference)</source>
        <translation>{}（基準）</translation>
    </message>
    <message>
        <source>At x = {}: {}</source>
        <translation>x = {} での値: {}</translation>
    </message>
    <message>
        <source>No curve is shown.</source>
        <translation>曲線は表示されていません。</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>表示をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export the figure…</source>
        <translation>図をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy the figure</source>
        <translation>図をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;grid</source>
        <translation>グリッドを表示(&amp;G)</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Function</source>
        <extracomment>The roles whose data change with each curve field.</extracomment>
        <translation>関数</translation>
    </message>
    <message>
        <source>New function…</source>
        <translation>新しい関数…</translation>
    </message>
    <message>
        <source>Type a formula of x: its parameters get spin boxes, f′ and f″ are exact</source>
        <translation>x の数式を入力します。パラメータは数値ボックスで調整でき、f′ と f″ は厳密に求まります</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>recommended</source>
        <extracomment>actgui.core.teaching.INITS, each with its name on screen.</extracomment>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier の初期値</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He の初期値</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun の初期値</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>層数(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>幅(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Initialisation:</source>
        <translation>初期化(&amp;I):</translation>
    </message>
    <message>
        <source>Input &amp;scale:</source>
        <translation>入力スケール(&amp;S):</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ per layer</source>
        <translation>層ごとの ‖∂L/∂W‖</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>勾配ノルム</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>activation mean ± std per layer</source>
        <translation>活性の平均 ± 標準偏差</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>{}: first/last layer gradient ratio {:.3g}</source>
        <translation>{}: 最初と最後の層の勾配比 {:.3g}</translation>
    </message>
</context>
<context>
    <name>DifferencePanel</name>
    <message>
        <source>&amp;Differences</source>
        <translation>差(&amp;D)</translation>
    </message>
    <message>
        <source>Draw curves as their difference from a reference curve</source>
        <translation>曲線を、基準の曲線との差として描きます</translation>
    </message>
    <message>
        <source>&amp;Relative: |b − a| / |a|</source>
        <translation>相対差(&amp;R): |b − a| / |a|</translation>
    </message>
    <message>
        <source>largest differences</source>
        <translation>最大の差</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>max |b − a|</source>
        <translation>最大 |b − a|</translation>
    </message>
    <message>
        <source>at x</source>
        <translation>位置 x</translation>
    </message>
    <message>
        <source>max relative</source>
        <translation>最大相対差</translation>
    </message>
    <message>
        <source>Cop&amp;y numbers</source>
        <translation>数値をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>基準(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>比較対象(&amp;O):</translation>
    </message>
    <message>
        <source>every other curve</source>
        <translation>ほかのすべての曲線</translation>
    </message>
    <message>
        <source>unbounded (a = 0)</source>
        <translation>無限大（a = 0）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>size preset</source>
        <translation>サイズのプリセット</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Light (for print and slides)</source>
        <translation>ライト（印刷・スライド向け）</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Lines get thicker with the font: 20-24 pt suits slides</source>
        <translation>線はフォントに合わせて太くなります。スライドには 20〜24 pt が適しています</translation>
    </message>
    <message>
        <source>f only</source>
        <translation>f のみ</translation>
    </message>
    <message>
        <source>f and f′</source>
        <translation>f と f′</translation>
    </message>
    <message>
        <source>f, f′ and f″</source>
        <translation>f、f′ と f″</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>背景を透明にする(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>スタイル(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>F&amp;ont size:</source>
        <translation>フォントサイズ(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Panes:</source>
        <translation>ペイン(&amp;P):</translation>
    </message>
    <message>
        <source>CSV &amp;rows:</source>
        <translation>CSV の行数(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Animate:</source>
        <translation>アニメーション(&amp;A):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始値(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了値(&amp;T):</translation>
    </message>
    <message>
        <source>Fra&amp;mes:</source>
        <translation>フレーム数(&amp;N):</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>毎秒フレーム数(&amp;E):</translation>
    </message>
    <message>
        <source>the x-range (zoom)</source>
        <translation>x の範囲（ズーム）</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>New function</source>
        <translation>新しい関数</translation>
    </message>
    <message>
        <source>Edit function</source>
        <translation>関数を編集</translation>
    </message>
    <message>
        <source>formula of x</source>
        <translation>x の数式</translation>
    </message>
    <message>
        <source>Arithmetic with ^ or ** as power; exp, log, log1p, expm1, sqrt, abs, sign, sin, cos, tan, tanh, arctan, erf, min, max, clip, where(cond, a, b), piecewise((a, cond), ...); pi and e; every catalog function by its id, e.g. softplus(x, beta=2). Any other name is a parameter.</source>
        <translation>四則演算と、べき乗の ^ または **。関数 exp, log, log1p, expm1, sqrt, abs, sign, sin, cos, tan, tanh, arctan, erf, min, max, clip, where(cond, a, b), piecewise((a, cond), ...)。定数 pi と e。カタログの関数はすべて id で使えます（例: softplus(x, beta=2)）。それ以外の名前はパラメータになります。</translation>
    </message>
    <message>
        <source>(the formula itself)</source>
        <translation>（数式そのもの）</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>色(&amp;O)…</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小値</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大値</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>刻み幅</translation>
    </message>
    <message>
        <source>Examples: {}</source>
        <translation>例: {}</translation>
    </message>
    <message>
        <source>&amp;f(x) =</source>
        <translation>&amp;f(x) =</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Function colour</source>
        <translation>関数の色</translation>
    </message>
    <message>
        <source>Type a formula of x.</source>
        <translation>x の数式を入力してください。</translation>
    </message>
    <message>
        <source>Column {}: {}</source>
        <translation>{} 文字目: {}</translation>
    </message>
    <message>
        <source>f′ and f″ are exact. Parameters: {}</source>
        <translation>f′ と f″ は厳密に求まります。パラメータ: {}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>formula and properties</source>
        <translation>数式と性質</translation>
    </message>
    <message>
        <source>Copy LaTeX</source>
        <translation>LaTeX をコピー</translation>
    </message>
    <message>
        <source>Select a curve to see its formula and properties.</source>
        <translation>数式と性質を見るには、曲線を選択してください。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>discontinuous</source>
        <translation>不連続</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>跳躍</translation>
    </message>
    <message>
        <source>kink</source>
        <translation>折れ点</translation>
    </message>
    <message>
        <source>{} at x = {}</source>
        <translation>{}（x = {}）</translation>
    </message>
    <message>
        <source>jump in f{}</source>
        <translation>f{} の跳躍</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Range (inf … sup)</source>
        <translation>値域 (inf … sup)</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>単調</translation>
    </message>
    <message>
        <source>Zero-centred (odd)</source>
        <translation>原点対称（奇関数）</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>滑らかさ</translation>
    </message>
    <message>
        <source>Breakpoints</source>
        <translation>特異点</translation>
    </message>
    <message>
        <source>On the canvas, a filled dot is the value taken at the point, an open dot a one-sided limit, a diamond a kink of f and an arrow an impulse (the derivative of a jump).</source>
        <translation>グラフ上では、塗りつぶした点はその点でとる値、白抜きの点は片側極限、ひし形は f の折れ点、矢印はインパルス（跳躍の導関数）を表します。</translation>
    </message>
    <message>
        <source>At kinks</source>
        <translation>折れ点での値</translation>
    </message>
    <message>
        <source>none in PyTorch, Keras or JAX</source>
        <translation>PyTorch、Keras、JAX にはありません</translation>
    </message>
    <message>
        <source>Library equivalents</source>
        <translation>ライブラリでの対応</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <extracomment>The languages actgui speaks, each named in itself. Japanese fonts, in order of preference, after the desktop&apos;s own font.</extracomment>
        <translation>システムに従う</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>レッスンの本文</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>前のレッスン</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>次のレッスン</translation>
    </message>
    <message>
        <source>&amp;Restore this lesson</source>
        <translation>このレッスンの状態に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Restore this lesson</source>
        <translation>このレッスンの状態に戻す</translation>
    </message>
    <message>
        <source>Show this lesson&apos;s curves and settings again</source>
        <translation>このレッスンの曲線と設定をもう一度表示します</translation>
    </message>
    <message>
        <source>Lesson {} of {}</source>
        <translation>レッスン {} / {}</translation>
    </message>
</context>
<context>
    <name>LineBox</name>
    <message>
        <source>line width</source>
        <translation>線の太さ</translation>
    </message>
    <message>
        <source>line style</source>
        <translation>線の種類</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>実線</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>破線</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>点線</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>線(&amp;I):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Search functions (name or alias)…</source>
        <translation>関数を検索（名前・別名）…</translation>
    </message>
    <message>
        <source>search functions</source>
        <translation>関数を検索</translation>
    </message>
    <message>
        <source>functions: tick one to draw it</source>
        <translation>関数: チェックすると描画します</translation>
    </message>
    <message>
        <source>curves drawn</source>
        <translation>描画中の曲線</translation>
    </message>
    <message>
        <source>Add &amp;copy</source>
        <translation>コピーを追加(&amp;C)</translation>
    </message>
    <message>
        <source>Add another curve of the selected function, to compare parameters</source>
        <translation>選択した関数の曲線をもう 1 本追加して、パラメータを比較します</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>色(&amp;L)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Curves&lt;/b&gt; (tick to show, double-click to recolour)</source>
        <translation>&lt;b&gt;曲線&lt;/b&gt;（チェックで表示、ダブルクリックで色を変更）</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Readout</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Formula &amp;&amp; properties</source>
        <translation>数式と性質</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>left end of x</source>
        <translation>x の左端</translation>
    </message>
    <message>
        <source>right end of x</source>
        <translation>x の右端</translation>
    </message>
    <message>
        <source>the pane whose y-range the next boxes show and set</source>
        <translation>右のボックスで y の範囲を表示・設定するペイン</translation>
    </message>
    <message>
        <source>pane of the y-range</source>
        <translation>y の範囲のペイン</translation>
    </message>
    <message>
        <source>y &amp;auto</source>
        <translation>y 自動(&amp;A)</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>bottom of the chosen pane</source>
        <translation>選んだペインの下端</translation>
    </message>
    <message>
        <source>views</source>
        <extracomment>Presentation on a 1920x1080 projector read from the back of a room: 20 pt text is about 27 px, 2.5 % of the height (a slide&apos;s body text); curves 2.5 times as thick (5 px at the default 2 px), marks and the legend with them.</extracomment>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>top of the chosen pane</source>
        <translation>選んだペインの上端</translation>
    </message>
    <message>
        <source>y of</source>
        <translation>y:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Save the figure as PNG, SVG or PDF, or the numbers as CSV</source>
        <translation>図を PNG、SVG、PDF で、または数値を CSV で保存します</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>セッションを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>セッションを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find a function</source>
        <translation>関数を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;move the selected curve</source>
        <translation>選択した曲線を削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Play or pause the parameter</source>
        <translation>パラメータの再生/一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New function…</source>
        <translation>新しい関数(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit &amp;formula…</source>
        <translation>数式を編集(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show the &amp;first derivative f′</source>
        <translation>1 次導関数 f′ を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the &amp;second derivative f″</source>
        <translation>2 次導関数 f″ を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overlay f and its derivatives</source>
        <translation>f と導関数を重ねて表示(&amp;O)</translation>
    </message>
    <message>
        <source>f, f′ and f″ on one pair of axes, the derivatives dashed, as tutorials draw them</source>
        <translation>f、f′、f″ を同じ座標軸に描きます。導関数は破線で、教科書と同じ描き方です</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>グリッド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dots at jumps</source>
        <translation>跳躍点に点を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Filled dot: the value actgui takes at the point; open dot: a one-sided limit</source>
        <translation>塗りつぶした点: actgui がその点でとる値。白抜きの点: 片側極限</translation>
    </message>
    <message>
        <source>Di&amp;fference from the selected curve</source>
        <translation>選択した曲線との差(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Relative difference</source>
        <translation>相対差(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>表示をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text and thick lines for a lecture hall; Esc leaves</source>
        <translation>講義室向けに、全画面・大きな文字・太い線で表示します。Esc で終了します</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About actgui</source>
        <translation>actgui について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo {}</source>
        <translation>元に戻す(&amp;U) {}</translation>
    </message>
    <message>
        <source>&amp;Redo {}</source>
        <translation>やり直し(&amp;R) {}</translation>
    </message>
    <message>
        <source>No function matches “{}”.</source>
        <translation>「{}」に一致する関数はありません。</translation>
    </message>
    <message>
        <source>Curve colour</source>
        <translation>曲線の色</translation>
    </message>
    <message>
        <source>actgui will speak {} from its next start. Restart now?</source>
        <translation>actgui は次回の起動から「{}」で表示されます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>actgui could not restart itself; start it again to switch.</source>
        <translation>actgui を再起動できませんでした。切り替えるには、もう一度起動してください。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Welcome: the lessons beside the curves follow the tutorials; Help &gt; Lessons (F1) opens them again.</source>
        <translation>ようこそ。曲線の横にあるレッスンはチュートリアルに沿って進みます。ヘルプ &gt; レッスン (F1) でもう一度開けます。</translation>
    </message>
    <message>
        <source>The range needs MIN &lt; MAX.</source>
        <translation>範囲は MIN &lt; MAX でなければなりません。</translation>
    </message>
    <message>
        <source>The view was kept to [{:.6g}, {:.6g}], the range actgui can draw.</source>
        <translation>表示範囲を、actgui が描画できる [{:.6g}, {:.6g}] に制限しました。</translation>
    </message>
    <message>
        <source>The settings file {} is not actgui&apos;s or is damaged; actgui started with its defaults.</source>
        <translation>設定ファイル {} は actgui のものではないか、破損しています。actgui は既定の設定で起動しました。</translation>
    </message>
    <message>
        <source>The remembered session was not valid ({}); actgui started with its defaults.</source>
        <translation>保存されていたセッションが無効でした（{}）。actgui は既定の設定で起動しました。</translation>
    </message>
    <message>
        <source>Could not open {}: {}</source>
        <translation>{} を開けませんでした: {}</translation>
    </message>
    <message>
        <source>Opened {}</source>
        <translation>{} を開きました</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>actgui sessions (*.json)</source>
        <translation>actgui セッション (*.json)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} を保存しました</translation>
    </message>
    <message>
        <source>Could not save {}: {}</source>
        <translation>{} を保存できませんでした: {}</translation>
    </message>
    <message>
        <source>Wrote {}</source>
        <translation>{} を書き出しました</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard</source>
        <translation>図をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>About actgui</source>
        <translation>actgui について</translation>
    </message>
    <message>
        <source>See, compare and understand activation functions and their derivatives.</source>
        <translation>活性化関数とその導関数を、見て、比べて、理解するためのアプリです。</translation>
    </message>
    <message>
        <source>Something went wrong: {}</source>
        <translation>問題が発生しました: {}</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>Not a number: {}</source>
        <translation>数値ではありません: {}</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>Set the parameters to a library&apos;s defaults</source>
        <translation>パラメータをライブラリの既定値に設定します</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Select a curve to tune its parameters.</source>
        <translation>パラメータを調整する曲線を選択してください。</translation>
    </message>
    <message>
        <source>Play {} from one value to another</source>
        <translation>{} をある値から別の値まで動かします</translation>
    </message>
    <message>
        <source>play {}</source>
        <translation>{} を再生</translation>
    </message>
    <message>
        <source>This function has no parameters.</source>
        <translation>この関数にはパラメータがありません。</translation>
    </message>
    <message>
        <source>Library defaults…</source>
        <translation>ライブラリの既定値…</translation>
    </message>
</context>
<context>
    <name>ReadoutPanel</name>
    <message>
        <source>x of the readout</source>
        <translation>読み取る x</translation>
    </message>
    <message>
        <source>&amp;x =</source>
        <translation>&amp;x =</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>values at x</source>
        <translation>x での値</translation>
    </message>
</context>
<context>
    <name>SignalView</name>
    <message>
        <source>Input mean &amp;μ:</source>
        <translation>入力の平均 &amp;μ:</translation>
    </message>
    <message>
        <source>Input std &amp;σ:</source>
        <translation>入力の標準偏差 &amp;σ:</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>density of f(x), x ~ N(μ, σ²)</source>
        <translation>f(x) の密度（x ~ N(μ, σ²)）</translation>
    </message>
    <message>
        <source>{} % at {}</source>
        <translation>{} %（値 {}）</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死滅</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>飽和</translation>
    </message>
    <message>
        <source>Dashed: the mean of f(x). Stems: point masses. Dead: f′(x) = 0. Saturated: |f′(x)| &amp;lt; 0.01.</source>
        <translation>破線: f(x) の平均。縦棒: 点質量。死滅: f′(x) = 0。飽和: |f′(x)| &amp;lt; 0.01。</translation>
    </message>
</context>
<context>
    <name>SoftmaxLab</name>
    <message>
        <source>tutorial: [0.5, 2.8, 5.0, 1.0, 3.0]</source>
        <translation>チュートリアル: [0.5, 2.8, 5.0, 1.0, 3.0]</translation>
    </message>
    <message>
        <source>overflow: [1010, 1020, 1000, 990, 1050]</source>
        <translation>オーバーフロー: [1010, 1020, 1000, 990, 1050]</translation>
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
        <translation>カンマまたは空白で区切った数値。ベクトルを貼り付けることもできます</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <source>&amp;Logits:</source>
        <translation>ロジット(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T):</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>index i</source>
        <translation>インデックス i</translation>
    </message>
    <message>
        <source>softmax Jacobian ∂sᵢ/∂xⱼ</source>
        <translation>softmax のヤコビ行列 ∂sᵢ/∂xⱼ</translation>
    </message>
    <message>
        <source>index j</source>
        <translation>インデックス j</translation>
    </message>
    <message>
        <source>Type numbers separated by commas, e.g. 1, 2, 3.</source>
        <translation>数値をカンマで区切って入力してください（例: 1, 2, 3）。</translation>
    </message>
    <message>
        <source>The stable formulas subtract the maximum first: the same mathematically, and finite in float64.</source>
        <translation>安定版の式は先に最大値を引きます。数学的には同じで、float64 でも有限のままです。</translation>
    </message>
    <message>
        <source>In float64, with z = x/T:</source>
        <translation>float64 で、z = x/T とすると:</translation>
    </message>
    <message>
        <source>Σexp overflows to ∞ (its largest term is exp({}))</source>
        <translation>Σexp が ∞ にオーバーフローする（最大の項は exp({})）</translation>
    </message>
    <message>
        <source>Σexp underflows to 0 (its largest term is exp({}))</source>
        <translation>Σexp が 0 にアンダーフローする（最大の項は exp({})）</translation>
    </message>
    <message>
        <source>{value} at {count} of {total} entries</source>
        <translation>{total} 個中 {count} 個が {value}</translation>
    </message>
    <message>
        <source>{name} = {formula}: {cause}, so it gives {values}.</source>
        <translation>{name} = {formula}: {cause}ため、{values} になります。</translation>
    </message>
    <message>
        <source>{vector}, {series}
index {i}, logit {x}
value {value}</source>
        <translation>{vector}、{series}
インデックス {i}、ロジット {x}
値 {value}</translation>
    </message>
    <message>
        <source>∂s{i}/∂x{j} = {value}</source>
        <translation>∂s{i}/∂x{j} = {value}</translation>
    </message>
    <message>
        <source>stable</source>
        <extracomment>series, bar colour, offset of its bars from the index.</extracomment>
        <translation>安定版</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>素朴版</translation>
    </message>
    <message>
        <source>Naive and stable agree: no exponential overflows. Try the overflow preset.</source>
        <translation>素朴版と安定版は一致しています。指数関数のオーバーフローは起きていません。プリセットの「オーバーフロー」を試してください。</translation>
    </message>
</context>
<context>
    <name>SweepBox</name>
    <message>
        <source>S&amp;weep a parameter</source>
        <translation>パラメータを掃引(&amp;W)</translation>
    </message>
    <message>
        <source>Draw a family of curves, or play a parameter from one value to another</source>
        <translation>曲線族を描くか、パラメータをある値から別の値まで動かします</translation>
    </message>
    <message>
        <source>parameter to sweep</source>
        <translation>掃引するパラメータ</translation>
    </message>
    <message>
        <source>&amp;Draw as a family of</source>
        <translation>曲線族で描く(&amp;D)</translation>
    </message>
    <message>
        <source> curves</source>
        <translation> 本</translation>
    </message>
    <message>
        <source>curves in the family</source>
        <translation>曲線族の本数</translation>
    </message>
    <message>
        <source>&amp;log steps</source>
        <translation>対数刻み(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xpand into curves</source>
        <translation>個別の曲線に展開(&amp;X)</translation>
    </message>
    <message>
        <source>Replace the family by its curves, one entry each</source>
        <translation>曲線族を個々の曲線に置き換えます（1 本ごとに 1 項目）</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ 再生(&amp;P)</translation>
    </message>
    <message>
        <source>Play the parameter from one value to the other (Ctrl+Space)</source>
        <translation>パラメータをある値から別の値まで動かします (Ctrl+Space)</translation>
    </message>
    <message>
        <source>play time</source>
        <translation>再生時間</translation>
    </message>
    <message>
        <source>how it plays</source>
        <translation>再生のしかた</translation>
    </message>
    <message>
        <source>back and forth</source>
        <translation>往復</translation>
    </message>
    <message>
        <source>looping</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>once</source>
        <translation>1 回</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>パラメータ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始値(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了値(&amp;T):</translation>
    </message>
    <message>
        <source>⏸ &amp;Pause</source>
        <translation>⏸ 一時停止(&amp;P)</translation>
    </message>
</context>
<context>
    <name>TrainingRace</name>
    <message>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>排他的論理和 (XOR)</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>ガウス分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>データ:</translation>
    </message>
    <message>
        <source>Neurons per hidden layer, separated by commas: 1 to 6 layers of 1 to 8</source>
        <translation>隠れ層ごとのニューロン数（カンマ区切り）: 1〜6 層、各層 1〜8 個</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Regularisation rate</source>
        <translation>正則化率</translation>
    </message>
    <message>
        <source>The test loss whose epochs the table counts</source>
        <translation>表でエポック数を数える目標のテスト損失</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>対数スケール(&amp;L)</translation>
    </message>
    <message>
        <source>The run whose decision boundaries are drawn</source>
        <translation>決定境界を描く試行</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>エポック %v / %m</translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation>隠れ層(&amp;H):</translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation>学習率(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>バッチサイズ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation>ノイズ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation>訓練データの割合(&amp;T):</translation>
    </message>
    <message>
        <source>Regularisation:</source>
        <translation>正則化:</translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation>シード数(&amp;E):</translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation>エポック数(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Target loss:</source>
        <translation>目標損失(&amp;T):</translation>
    </message>
    <message>
        <source>Loss chart:</source>
        <translation>損失グラフ:</translation>
    </message>
    <message>
        <source>Seed sho&amp;wn:</source>
        <translation>表示するシード(&amp;W):</translation>
    </message>
    <message>
        <source>test loss: median, IQR band</source>
        <translation>テスト損失: 中央値と四分位範囲の帯</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Hidden layers: 1 to 6 whole numbers from 1 to 8, separated by commas, e.g. 3, 3.</source>
        <translation>隠れ層: 1〜8 の整数を 1〜6 個、カンマで区切って入力してください（例: 3, 3）。</translation>
    </message>
    <message>
        <source>Check one or more curves to race them.</source>
        <translation>競わせる曲線を 1 本以上チェックしてください。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>Training… (seeds: {}, functions: {})</source>
        <translation>学習中…（シード: {}、関数: {}）</translation>
    </message>
    <message>
        <source>Stopped at epoch {} of {}: partial results.</source>
        <translation>エポック {} / {} で停止しました。途中までの結果です。</translation>
    </message>
    <message>
        <source>Stale: settings changed since this run. Run again to refresh.</source>
        <translation>古い結果: この実行の後で設定が変更されました。再実行すると更新されます。</translation>
    </message>
    <message>
        <source>dashed: train</source>
        <translation>破線: 訓練</translation>
    </message>
    <message>
        <source>function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>四分位範囲</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>到達率</translation>
    </message>
    <message>
        <source>vs {}</source>
        <translation>{} 比</translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation>高速化率</translation>
    </message>
    <message>
        <source>Epochs to the target test loss: the median run&apos;s</source>
        <translation>目標のテスト損失までのエポック数（中央値の試行）</translation>
    </message>
    <message>
        <source>Epochs to the target: the interquartile range over the seeds</source>
        <translation>目標までのエポック数: シード間の四分位範囲</translation>
    </message>
    <message>
        <source>The share of the seeds that reach the target</source>
        <translation>目標に到達したシードの割合</translation>
    </message>
    <message>
        <source>Speed-up: how many times faster than the reference the median run reaches the target, with the 95 % bootstrap interval over the seeds</source>
        <translation>高速化率: 中央値の試行が基準より何倍速く目標に到達するか（シード間の 95 % ブートストラップ区間付き）</translation>
    </message>
    <message>
        <source>Partial, {} of {} epochs: {}</source>
        <translation>途中結果（{} / {} エポック）: {}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>neither reaches it</source>
        <translation>どちらも未到達</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Sigmoidal (saturating)</source>
        <translation>シグモイド型（飽和型）</translation>
    </message>
    <message>
        <source>Rectifiers (ReLU family)</source>
        <translation>整流型（ReLU 系）</translation>
    </message>
    <message>
        <source>Smooth gated (GELU, SiLU, ...)</source>
        <translation>滑らかなゲート型（GELU、SiLU など）</translation>
    </message>
    <message>
        <source>Hard / piecewise linear</source>
        <translation>ハード型・区分線形</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>縮小（shrinkage）型</translation>
    </message>
    <message>
        <source>Other and classic</source>
        <translation>その他・古典的な関数</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>シグモイド関数</translation>
    </message>
    <message>
        <source>The logistic function: squashes to (0, 1); its gradient vanishes for large |x|.</source>
        <translation>ロジスティック関数です。値を (0, 1) に押し込み、|x| が大きいと勾配が消失します。</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh関数</translation>
    </message>
    <message>
        <source>Zero-centred sigmoid: tanh(x) = 2σ(2x) - 1.</source>
        <translation>原点対称なシグモイドです: tanh(x) = 2σ(2x) - 1。</translation>
    </message>
    <message>
        <source>LeCun tanh</source>
        <translation>LeCun の tanh関数</translation>
    </message>
    <message>
        <source>Scaled so that f(±1) = ±1 and the variance of unit-variance input is kept.</source>
        <translation>f(±1) = ±1 となり、分散 1 の入力の分散が保たれるようにスケーリングしています。</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>ハードシグモイド関数</translation>
    </message>
    <message>
        <source>pytorch: relu6(x+3)/6 (also Keras 3, JAX); keras2: clip(0.2x + 0.5, 0, 1) (Keras 2 / tf.keras)</source>
        <translation>pytorch: relu6(x+3)/6（Keras 3、JAX も同じ）; keras2: clip(0.2x + 0.5, 0, 1)（Keras 2 / tf.keras）</translation>
    </message>
    <message>
        <source>f&apos;(±c) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(±c) = 0（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>Hard tanh</source>
        <translation>ハード tanh関数</translation>
    </message>
    <message>
        <source>lower clipping value</source>
        <translation>クリップの下限値</translation>
    </message>
    <message>
        <source>upper clipping value</source>
        <translation>クリップの上限値</translation>
    </message>
    <message>
        <source>fixed at ±1</source>
        <translation>±1 に固定</translation>
    </message>
    <message>
        <source>f&apos; = 0 at both clipping points, as PyTorch autograd.</source>
        <translation>両方のクリップ点で f&apos; = 0（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>ソフトサイン関数</translation>
    </message>
    <message>
        <source>f&apos;&apos; jumps at 0 (from 2 to -2); f&apos;&apos;(0) = 0.</source>
        <translation>f&apos;&apos; は 0 で跳躍します（2 から -2 へ）。f&apos;&apos;(0) = 0。</translation>
    </message>
    <message>
        <source>Log-sigmoid</source>
        <translation>対数シグモイド関数</translation>
    </message>
    <message>
        <source>Arctan</source>
        <translation>逆正接関数 (arctan)</translation>
    </message>
    <message>
        <source>ISRU</source>
        <translation>ISRU関数</translation>
    </message>
    <message>
        <source>α in x/√(1+αx²)</source>
        <translation>x/√(1+αx²) の α</translation>
    </message>
    <message>
        <source>SQNL</source>
        <translation>SQNL関数</translation>
    </message>
    <message>
        <source>f&apos;&apos; jumps at -2, 0 and 2; f&apos;&apos; there is 0.</source>
        <translation>f&apos;&apos; は -2、0、2 で跳躍し、そこでの f&apos;&apos; は 0 です。</translation>
    </message>
    <message>
        <source>Sparse sigmoid</source>
        <translation>スパースシグモイド関数</translation>
    </message>
    <message>
        <source>f&apos;(±1) = 0, as hard sigmoid.</source>
        <translation>f&apos;(±1) = 0（ハードシグモイド関数と同じ）。</translation>
    </message>
    <message>
        <source>Binary step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <source>value at x = 0 (torch.heaviside&apos;s values)</source>
        <translation>x = 0 での値（torch.heaviside の values）</translation>
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
        <translation>f&apos; はいたるところ 0 で、跳躍点でも 0 です（勾配は流れません）。</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU関数</translation>
    </message>
    <message>
        <source>relu&apos;(0) = 0, as PyTorch autograd.</source>
        <translation>relu&apos;(0) = 0（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU関数</translation>
    </message>
    <message>
        <source>slope for x &lt; 0</source>
        <translation>x &lt; 0 での傾き</translation>
    </message>
    <message>
        <source>the layer&apos;s default</source>
        <translation>レイヤーの既定値</translation>
    </message>
    <message>
        <source>f&apos;(0) = negative_slope, as PyTorch autograd.</source>
        <translation>f&apos;(0) = negative_slope（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU関数</translation>
    </message>
    <message>
        <source>learned slope for x &lt; 0 (nn.PReLU init)</source>
        <translation>x &lt; 0 での学習される傾き（nn.PReLU の init）</translation>
    </message>
    <message>
        <source>nn.PReLU(init=0.25)</source>
        <translation>nn.PReLU(init=0.25)</translation>
    </message>
    <message>
        <source>alpha initialised to 0</source>
        <translation>alpha の初期値は 0</translation>
    </message>
    <message>
        <source>f&apos;(0) = weight, as PyTorch autograd.</source>
        <translation>f&apos;(0) = weight（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>RReLU (eval)</source>
        <translation>RReLU関数（評価時）</translation>
    </message>
    <message>
        <source>lower bound of the random slope</source>
        <translation>ランダムな傾きの下限</translation>
    </message>
    <message>
        <source>upper bound of the random slope</source>
        <translation>ランダムな傾きの上限</translation>
    </message>
    <message>
        <source>training=False</source>
        <translation>training=False</translation>
    </message>
    <message>
        <source>In training the slope for x &lt; 0 is drawn from U(lower, upper); evaluation uses the mean (lower + upper)/2. The canvas shows the band of possible slopes.</source>
        <translation>学習時には x &lt; 0 での傾きが U(lower, upper) から抽出され、評価時には平均 (lower + upper)/2 が使われます。グラフには取りうる傾きの帯が表示されます。</translation>
    </message>
    <message>
        <source>f&apos;(0) = (lower + upper)/2, as PyTorch autograd in eval mode.</source>
        <translation>f&apos;(0) = (lower + upper)/2（評価モードの PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6関数</translation>
    </message>
    <message>
        <source>f&apos;(0) = f&apos;(6) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(0) = f&apos;(6) = 0（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU関数</translation>
    </message>
    <message>
        <source>saturation value -α for x → -∞</source>
        <translation>x → -∞ での飽和値 -α</translation>
    </message>
    <message>
        <source>f&apos;(0) = α (the x ≤ 0 branch), as PyTorch autograd.</source>
        <translation>f&apos;(0) = α（x ≤ 0 側の式の値。PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU関数</translation>
    </message>
    <message>
        <source>f&apos;(0) = λα ≈ 1.7581, as PyTorch autograd.</source>
        <translation>f&apos;(0) = λα ≈ 1.7581（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>CELU</source>
        <translation>CELU関数</translation>
    </message>
    <message>
        <source>f&apos;(0) = 1 (continuous); f&apos;&apos; jumps there and f&apos;&apos;(0) = 1/α (x ≤ 0 branch).</source>
        <translation>f&apos;(0) = 1（連続）。f&apos;&apos; はそこで跳躍し、f&apos;&apos;(0) = 1/α（x ≤ 0 側の式の値）。</translation>
    </message>
    <message>
        <source>ISRLU</source>
        <translation>ISRLU関数</translation>
    </message>
    <message>
        <source>α in x/√(1+αx²) for x &lt; 0</source>
        <translation>x &lt; 0 での x/√(1+αx²) の α</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>ソフトプラス関数</translation>
    </message>
    <message>
        <source>sharpness β</source>
        <translation>鋭さ β</translation>
    </message>
    <message>
        <source>linear where βx &gt; threshold</source>
        <translation>βx &gt; threshold で線形</translation>
    </message>
    <message>
        <source>no parameters (β = 1, no threshold)</source>
        <translation>パラメータなし（β = 1、threshold なし）</translation>
    </message>
    <message>
        <source>PyTorch switches to x where βx &gt; threshold; that leaves a downward jump of log(1 + e^-threshold)/β (about 2e-9 at the defaults) at x = threshold/β, so this softplus is not monotonic there (the smooth softplus is).</source>
        <translation>PyTorch は βx &gt; threshold では x に切り替えます。そのため x = threshold/β に log(1 + e^-threshold)/β（既定値で約 2e-9）の下向きの跳躍が残り、このソフトプラス関数はそこで単調ではありません（滑らかなソフトプラス関数は単調です）。</translation>
    </message>
    <message>
        <source>At the switch f&apos; goes from σ(threshold) to 1.</source>
        <translation>切り替え点で f&apos; は σ(threshold) から 1 に変わります。</translation>
    </message>
    <message>
        <source>Squareplus</source>
        <translation>スクエアプラス関数</translation>
    </message>
    <message>
        <source>curvature near 0 (b = 0 gives ReLU)</source>
        <translation>0 付近の曲率（b = 0 で ReLU）</translation>
    </message>
    <message>
        <source>With b = 0 (ReLU) f&apos;(0) = 1/2.</source>
        <translation>b = 0（ReLU）のとき f&apos;(0) = 1/2。</translation>
    </message>
    <message>
        <source>Sparse plus</source>
        <translation>スパースプラス関数</translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at ±1 and is 0 there.</source>
        <translation>f は C¹ 級です。f&apos;&apos; は ±1 で跳躍し、そこでは 0 です。</translation>
    </message>
    <message>
        <source>SmeLU</source>
        <translation>SmeLU関数</translation>
    </message>
    <message>
        <source>half-width β of the quadratic part</source>
        <translation>2 次の部分の半幅 β</translation>
    </message>
    <message>
        <source>sparse_plus is SmeLU with β = 1.</source>
        <translation>sparse_plus は β = 1 の SmeLU です。</translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at ±β and is 0 there.</source>
        <translation>f は C¹ 級です。f&apos;&apos; は ±β で跳躍し、そこでは 0 です。</translation>
    </message>
    <message>
        <source>RePU (ReLU to a power)</source>
        <translation>RePU関数（ReLU のべき乗）</translation>
    </message>
    <message>
        <source>the power: 1 is ReLU, 2 the squared ReLU</source>
        <translation>べき指数: 1 で ReLU、2 で二乗 ReLU</translation>
    </message>
    <message>
        <source>p = 2</source>
        <translation>p = 2</translation>
    </message>
    <message>
        <source>The p-th derivative jumps at 0 (from 0 to p!); every derivative at 0 is 0, as PyTorch autograd of relu(x)**p.</source>
        <translation>p 階導関数は 0 で跳躍します（0 から p! へ）。0 ではすべての導関数が 0 です（relu(x)**p の PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値関数</translation>
    </message>
    <message>
        <source>x is kept where x &gt; threshold</source>
        <translation>x &gt; threshold では x をそのまま出力</translation>
    </message>
    <message>
        <source>value where x ≤ threshold</source>
        <translation>x ≤ threshold での値</translation>
    </message>
    <message>
        <source>no defaults</source>
        <translation>既定値なし</translation>
    </message>
    <message>
        <source>value is default_value</source>
        <translation>value の名前は default_value</translation>
    </message>
    <message>
        <source>PyTorch gives no defaults; actgui&apos;s (1, 0) show the jump.</source>
        <translation>PyTorch には既定値がありません。actgui の既定値 (1, 0) では跳躍が見えます。</translation>
    </message>
    <message>
        <source>f&apos;(threshold) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(threshold) = 0（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU関数</translation>
    </message>
    <message>
        <source>also keras.activations.swish</source>
        <translation>keras.activations.swish も同じ</translation>
    </message>
    <message>
        <source>also jax.nn.swish</source>
        <translation>jax.nn.swish も同じ</translation>
    </message>
    <message>
        <source>Swish (β)</source>
        <translation>Swish関数 (β)</translation>
    </message>
    <message>
        <source>gate sharpness β (β = 1 is SiLU)</source>
        <translation>ゲートの鋭さ β（β = 1 で SiLU）</translation>
    </message>
    <message>
        <source>β fixed at 1</source>
        <translation>β は 1 に固定</translation>
    </message>
    <message>
        <source>The paper&apos;s x·σ(βx); no library exposes β. β → ∞ approaches ReLU, β = 0 is x/2.</source>
        <translation>論文の x·σ(βx) です。β を指定できるライブラリはありません。β → ∞ で ReLU に近づき、β = 0 では x/2 になります。</translation>
    </message>
    <message>
        <source>QuickGELU</source>
        <translation>QuickGELU関数</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU関数</translation>
    </message>
    <message>
        <source>none: x·Φ(x) with erf; tanh: the tanh approximation</source>
        <translation>none: erf による x·Φ(x); tanh: tanh による近似</translation>
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
        <translation>厳密な式（erf）が PyTorch と Keras の activations の既定です。JAX と keras.ops の既定は tanh による近似です。</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish関数</translation>
    </message>
    <message>
        <source>Hard swish</source>
        <translation>ハード Swish関数</translation>
    </message>
    <message>
        <source>also hard_swish</source>
        <translation>hard_swish も同じ</translation>
    </message>
    <message>
        <source>f&apos;(-3) = 0 and f&apos;(3) = 1, as PyTorch autograd (the one-sided limits are -0.5 and 1.5).</source>
        <translation>f&apos;(-3) = 0、f&apos;(3) = 1（PyTorch の autograd と同じ。片側極限は -0.5 と 1.5）。</translation>
    </message>
    <message>
        <source>ELiSH</source>
        <translation>ELiSH関数</translation>
    </message>
    <message>
        <source>f is C¹; f&apos;&apos; jumps at 0 (1 from the left, 1/2 from the right); f&apos;&apos;(0) = 1/2.</source>
        <translation>f は C¹ 級です。f&apos;&apos; は 0 で跳躍します（左側で 1、右側で 1/2）。f&apos;&apos;(0) = 1/2。</translation>
    </message>
    <message>
        <source>Hard shrink</source>
        <translation>ハードシュリンク関数</translation>
    </message>
    <message>
        <source>values with |x| ≤ λ become 0</source>
        <translation>|x| ≤ λ の値は 0 になる</translation>
    </message>
    <message>
        <source>threshold=0.5</source>
        <translation>threshold=0.5</translation>
    </message>
    <message>
        <source>f&apos;(±λ) = 0, as PyTorch autograd.</source>
        <translation>f&apos;(±λ) = 0（PyTorch の autograd と同じ）。</translation>
    </message>
    <message>
        <source>Soft shrink</source>
        <translation>ソフトシュリンク関数</translation>
    </message>
    <message>
        <source>values with |x| ≤ λ become 0, others move by λ</source>
        <translation>|x| ≤ λ の値は 0 になり、それ以外は λ だけ 0 に近づく</translation>
    </message>
    <message>
        <source>Tanh shrink</source>
        <translation>tanh シュリンク関数</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等関数</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数関数</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>ガウス関数</translation>
    </message>
    <message>
        <source>Sinusoid</source>
        <translation>正弦関数</translation>
    </message>
    <message>
        <source>Sinc</source>
        <translation>sinc関数</translation>
    </message>
    <message>
        <source>normalised: torch.sinc(x/π) is this function</source>
        <translation>正規化版: torch.sinc(x/π) がこの関数</translation>
    </message>
    <message>
        <source>normalised: numpy.sinc(x/π) is this function</source>
        <translation>正規化版: numpy.sinc(x/π) がこの関数</translation>
    </message>
    <message>
        <source>Bent identity</source>
        <translation>ベント恒等関数</translation>
    </message>
    <message>
        <source>Snake</source>
        <translation>Snake関数</translation>
    </message>
    <message>
        <source>frequency a</source>
        <translation>周波数 a</translation>
    </message>
    <message>
        <source>My functions</source>
        <extracomment>Views stay where float64 arithmetic and the plotting are safe: both ends within ±MAX_COORD, and a width of at least MIN_WIDTH and of MIN_RELATIVE_WIDTH times the larger end (so a few thousand samples across the view are distinct numbers). Bounds on what a session document may hold, checked before it costs time or memory.</extracomment>
        <translation>自作関数</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>All exports</source>
        <extracomment>Every format by suffix, in the order the modules are named.</extracomment>
        <translation>すべてのエクスポート形式</translation>
    </message>
    <message>
        <source>APNG animation (animated PNG)</source>
        <translation>APNG アニメーション（アニメーション PNG）</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF アニメーション</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4 動画 (H.264)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG ベクター画像</translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>{name} reaches test loss {target} in a median of {epochs} epochs</source>
        <translation>{name} は中央値 {epochs} エポックでテスト損失 {target} に到達</translation>
    </message>
    <message>
        <source>{name} does not reach test loss {target} within {budget} epochs in a median run</source>
        <translation>{name} は中央値の試行で {budget} エポック以内にテスト損失 {target} に到達しない</translation>
    </message>
    <message>
        <source>, {ratio} times faster than {other} (95 % interval {low}-{high})</source>
        <translation>（{other} より {ratio} 倍速い、95 % 区間 {low}-{high}）</translation>
    </message>
    <message>
        <source>, {ratio} times slower than {other} (95 % interval {low}-{high})</source>
        <translation>（{other} の {ratio} 倍のエポック数、95 % 区間 {low}-{high}）</translation>
    </message>
    <message>
        <source>, while {other} does not reach it in a median run</source>
        <translation>（{other} は中央値の試行では到達しない）</translation>
    </message>
    <message>
        <source>, {ratio} times the speed of {other}, but its 95 % interval ({low}-{high}) includes 1: more seeds would tell</source>
        <translation>（{other} の {ratio} 倍の速さですが、95 % 区間 {low}-{high} が 1 を含むため、差があるとは言えません。シードを増やせば分かります）</translation>
    </message>
    <message>
        <source>No function reaches test loss {target} within {budget} epochs in a median run.</source>
        <translation>中央値の試行で {budget} エポック以内にテスト損失 {target} に到達する関数はありません。</translation>
    </message>
    <message>
        <source>{name} reaches test loss {target} in a median of {epochs} epochs.</source>
        <translation>{name} は中央値 {epochs} エポックでテスト損失 {target} に到達します。</translation>
    </message>
    <message>
        <source>{name} is the fastest to test loss {target}: a median of {epochs} epochs, {ratio} times faster than the next, {other} (95 % interval {low}-{high}).</source>
        <translation>テスト損失 {target} に最も速く到達するのは {name} です。中央値 {epochs} エポックで、次点の {other} の {ratio} 倍の速さです（95 % 区間 {low}-{high}）。</translation>
    </message>
    <message>
        <source>{name} reaches test loss {target} first, in a median of {epochs} epochs, {ratio} times the speed of the next, {other}, but the 95 % interval ({low}-{high}) includes 1: more seeds would tell.</source>
        <translation>テスト損失 {target} に最初に到達するのは {name} です。中央値 {epochs} エポックで、次点の {other} の {ratio} 倍の速さですが、95 % 区間 {low}-{high} が 1 を含むため、差があるとは言えません。シードを増やせば分かります。</translation>
    </message>
    <message>
        <source>{name} is the only function to reach test loss {target} in a median run: a median of {epochs} epochs.</source>
        <translation>中央値の試行でテスト損失 {target} に到達するのは {name} だけです（中央値 {epochs} エポック）。</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Change {}</source>
        <translation>{} の変更</translation>
    </message>
    <message>
        <source>Add {}</source>
        <translation>{} の追加</translation>
    </message>
    <message>
        <source>Remove {}</source>
        <translation>{} の削除</translation>
    </message>
    <message>
        <source>Remove {} curves</source>
        <translation>曲線 {} 本の削除</translation>
    </message>
    <message>
        <source>Expand {}</source>
        <translation>{} の展開</translation>
    </message>
    <message>
        <source>Change {} of {}</source>
        <translation>{} の変更 ({})</translation>
    </message>
    <message>
        <source>Open {}</source>
        <translation>{} を開く</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Gradients through depth</source>
        <translation>深さ方向の勾配</translation>
    </message>
    <message>
        <source>Signal statistics</source>
        <translation>信号の統計</translation>
    </message>
    <message>
        <source>Softmax lab</source>
        <translation>softmax 実験室</translation>
    </message>
    <message>
        <source>Training race</source>
        <translation>学習レース</translation>
    </message>
</context>
</TS>
