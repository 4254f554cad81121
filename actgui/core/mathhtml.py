r"""Typeset the catalog's LaTeX as HTML that Qt's rich text renders (no TeX, no matplotlib).

Covers the subset the catalog uses: fractions, powers and indices, square roots, Greek letters,
upright operator names, text, spacing, delimiters and ``cases``.
"""

from __future__ import annotations

#: Text to HTML (the ``html`` module would also import its 2,000-entry entity table).
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def escape(text: str) -> str:
    """``text`` as HTML shows it literally (names from files and users reach rich-text labels)."""
    return str(text).translate(_ESCAPE)

SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "theta": "θ", "lambda": "λ",
    "mu": "μ", "pi": "π", "sigma": "σ", "varphi": "φ", "phi": "φ", "Phi": "Φ", "infty": "∞",
    "cdot": "·", "le": "≤", "ge": "≥", "ne": "≠", "mp": "∓", "pm": "±", "times": "×",
    "to": "→", "approx": "≈", "sum": "∑",
    ",": "\u2009", ";": "\u2005", "!": "", " ": " ", "quad": "\u2003", "qquad": "\u2003\u2003",
    "{": "{", "}": "}", "|": "‖",
}
FUNCTIONS = {"tanh", "log", "max", "min", "arctan", "sin", "cos", "exp", "sech", "erf"}
IGNORED = {"left", "right", "bigl", "bigr", "Bigl", "Bigr", "big", "displaystyle"}
TEXTUAL = {"operatorname", "mathrm", "text", "textrm"}
FRACTIONS = {"frac", "dfrac", "tfrac"}


class _Parser:
    def __init__(self, src: str):
        self.s, self.i = src, 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def command(self) -> str:
        self.i += 1  # backslash
        start = self.i
        if self.peek().isalpha():
            while self.peek().isalpha():
                self.i += 1
        else:
            self.i += 1
        return self.s[start:self.i]

    def group_raw(self) -> str:
        """The raw text of the next {group} or single character."""
        while self.peek() == " ":
            self.i += 1
        if self.peek() != "{":
            if self.peek() == "\\":
                start = self.i
                self.command()
                return self.s[start:self.i]
            self.i += 1
            return self.s[self.i - 1]
        depth, start = 0, self.i
        while self.i < len(self.s):
            ch = self.s[self.i]
            depth += ch == "{"
            depth -= ch == "}"
            self.i += 1
            if depth == 0:
                return self.s[start + 1:self.i - 1]
        raise ValueError(f"unbalanced braces in {self.s!r}")

    def until_end(self, env: str) -> str:
        end = self.s.index(rf"\end{{{env}}}", self.i)
        body, self.i = self.s[self.i:end], end + len(rf"\end{{{env}}}")
        return body


def _needs_parens(h: str) -> bool:
    plain = h.replace("<sup>", "").replace("</sup>", "")
    return any(op in plain for op in ("+", "−", " ", "/")) and not (
        plain.startswith("(") and plain.endswith(")"))


def to_html(src: str) -> str:
    """HTML for the LaTeX ``src``; ``cases`` become a table."""
    p, out = _Parser(src), []
    while p.i < len(src):
        ch = p.peek()
        if ch == "\\":
            name = p.command()
            if name == "\\":
                out.append("<br>")
            elif name in FRACTIONS:
                num, den = to_html(p.group_raw()), to_html(p.group_raw())
                num = f"({num})" if _needs_parens(num) else num
                den = f"({den})" if _needs_parens(den) else den
                out.append(f"{num}/{den}")
            elif name == "sqrt":
                arg = to_html(p.group_raw())
                out.append(f"√({arg})" if _needs_parens(arg) else f"√{arg}")
            elif name in TEXTUAL:
                out.append(f"<span style='font-style:normal'>{p.group_raw().translate(_ESCAPE)}</span>")
            elif name == "begin":
                env = p.group_raw()
                out.append(_cases(p.until_end(env)))
            elif name in FUNCTIONS:
                out.append(f"<span style='font-style:normal'>{name}</span>\u2009")
            elif name in SYMBOLS:
                out.append(SYMBOLS[name])
            elif name in IGNORED:
                pass
            else:
                raise ValueError(f"unsupported LaTeX command \\{name} in {src!r}")
        elif ch in "^_":
            p.i += 1
            tag = "sup" if ch == "^" else "sub"
            out.append(f"<{tag}>{to_html(p.group_raw())}</{tag}>")
        elif ch in "{}":
            p.i += 1
        elif ch == "-":
            p.i += 1
            out.append("−")
        elif ch == "&":
            p.i += 1
            out.append(" ")
        else:
            p.i += 1
            out.append(ch.translate(_ESCAPE))
    return "".join(out)


def _cases(body: str) -> str:
    rows = [r for r in body.split(r"\\") if r.strip()]
    cells = []
    for r in rows:
        value, _, cond = r.partition("&")
        cond_html = to_html(cond.strip())
        if cond_html and not cond_html.startswith("<span style='font-style:normal'>otherwise"):
            cond_html = "if " + cond_html
        cells.append(f"<tr><td>{to_html(value.strip())}</td><td>&nbsp;&nbsp;{cond_html}</td></tr>")
    brace = f"<td rowspan='{len(rows)}' style='font-size:xx-large; vertical-align:middle'>{{</td>"
    first = cells[0].replace("<tr>", f"<tr>{brace}", 1)
    return f"<table cellspacing='0' cellpadding='1'>{first}{''.join(cells[1:])}</table>"
