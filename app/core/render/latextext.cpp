#include "latextext.h"

#include <QHash>

namespace {

const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("alpha"), QStringLiteral("α")},
        {QStringLiteral("beta"), QStringLiteral("β")},
        {QStringLiteral("gamma"), QStringLiteral("γ")},
        {QStringLiteral("delta"), QStringLiteral("δ")},
        {QStringLiteral("epsilon"), QStringLiteral("ε")},
        {QStringLiteral("varepsilon"), QStringLiteral("ε")},
        {QStringLiteral("zeta"), QStringLiteral("ζ")},
        {QStringLiteral("eta"), QStringLiteral("η")},
        {QStringLiteral("theta"), QStringLiteral("θ")},
        {QStringLiteral("iota"), QStringLiteral("ι")},
        {QStringLiteral("kappa"), QStringLiteral("κ")},
        {QStringLiteral("lambda"), QStringLiteral("λ")},
        {QStringLiteral("mu"), QStringLiteral("μ")},
        {QStringLiteral("nu"), QStringLiteral("ν")},
        {QStringLiteral("xi"), QStringLiteral("ξ")},
        {QStringLiteral("pi"), QStringLiteral("π")},
        {QStringLiteral("rho"), QStringLiteral("ρ")},
        {QStringLiteral("sigma"), QStringLiteral("σ")},
        {QStringLiteral("tau"), QStringLiteral("τ")},
        {QStringLiteral("phi"), QStringLiteral("φ")},
        {QStringLiteral("varphi"), QStringLiteral("φ")},
        {QStringLiteral("chi"), QStringLiteral("χ")},
        {QStringLiteral("psi"), QStringLiteral("ψ")},
        {QStringLiteral("omega"), QStringLiteral("ω")},
        {QStringLiteral("Gamma"), QStringLiteral("Γ")},
        {QStringLiteral("Delta"), QStringLiteral("Δ")},
        {QStringLiteral("Theta"), QStringLiteral("Θ")},
        {QStringLiteral("Lambda"), QStringLiteral("Λ")},
        {QStringLiteral("Pi"), QStringLiteral("Π")},
        {QStringLiteral("Sigma"), QStringLiteral("Σ")},
        {QStringLiteral("Phi"), QStringLiteral("Φ")},
        {QStringLiteral("Psi"), QStringLiteral("Ψ")},
        {QStringLiteral("Omega"), QStringLiteral("Ω")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("sim"), QStringLiteral("~")},
        {QStringLiteral("approx"), QStringLiteral("≈")},
        {QStringLiteral("cdot"), QStringLiteral("·")},
        {QStringLiteral("pm"), QStringLiteral("±")},
        {QStringLiteral("leq"), QStringLiteral("≤")},
        {QStringLiteral("geq"), QStringLiteral("≥")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("neq"), QStringLiteral("≠")},
        {QStringLiteral("infty"), QStringLiteral("∞")},
        {QStringLiteral("nabla"), QStringLiteral("∇")},
        {QStringLiteral("partial"), QStringLiteral("∂")},
        {QStringLiteral("to"), QStringLiteral("→")},
        {QStringLiteral("rightarrow"), QStringLiteral("→")},
        {QStringLiteral("leftarrow"), QStringLiteral("←")},
        {QStringLiteral("in"), QStringLiteral("∈")},
        {QStringLiteral("sum"), QStringLiteral("∑")},
        {QStringLiteral("prod"), QStringLiteral("∏")},
        {QStringLiteral("ell"), QStringLiteral("ℓ")},
        {QStringLiteral("dots"), QStringLiteral("…")},
        {QStringLiteral("ldots"), QStringLiteral("…")},
        {QStringLiteral("%"), QStringLiteral("%")},
        {QStringLiteral("&"), QStringLiteral("&")},
        {QStringLiteral("_"), QStringLiteral("_")},
        {QStringLiteral("#"), QStringLiteral("#")},
        {QStringLiteral("$"), QStringLiteral("$")},
    };
    return table;
}

QChar scripted(QChar c, bool superscript)
{
    static const QString plain = QStringLiteral("0123456789+-=()niaeoxk");
    static const QString sup = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵉᵒˣᵏ");
    static const QString sub = QStringLiteral("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙᵢₐₑₒₓₖ");
    const qsizetype at = plain.indexOf(c);
    if (at < 0)
        return QChar();
    return superscript ? sup.at(at) : sub.at(at);
}

// A group "{...}" or a single character after ^, _ or a command.
QString takeArgument(const QString &math, qsizetype &i)
{
    if (i >= math.size())
        return {};
    if (math.at(i) == u'{') {
        int depth = 0;
        const qsizetype start = i + 1;
        for (; i < math.size(); ++i) {
            depth += math.at(i) == u'{' ? 1 : (math.at(i) == u'}' ? -1 : 0);
            if (depth == 0)
                break;
        }
        const QString inner = math.mid(start, i - start);
        ++i;
        return inner;
    }
    return QString(math.at(i++));
}

QString convertMath(const QString &math)
{
    QString out;
    for (qsizetype i = 0; i < math.size();) {
        const QChar c = math.at(i);
        if (c == u'\\') {
            qsizetype end = i + 1;
            while (end < math.size() && math.at(end).isLetter())
                ++end;
            if (end == i + 1 && end < math.size())
                ++end; // \%, \&, \_ ...
            const QString name = math.mid(i + 1, end - i - 1);
            i = end;
            if (symbols().contains(name)) {
                out += symbols().value(name);
            } else if (name.startsWith(QStringLiteral("text")) ||
                       name.startsWith(QStringLiteral("math")) || name == u"operatorname" ||
                       name == u"boldsymbol") {
                while (i < math.size() && math.at(i) == u' ')
                    ++i;
                out += convertMath(takeArgument(math, i)); // \textit{X}, \mathbf{X}: keep X
            } else {
                out += u'\\' + name; // unknown: as written
            }
        } else if (c == u'^' || c == u'_') {
            ++i;
            const QString argument = convertMath(takeArgument(math, i));
            QString converted;
            for (const QChar a : argument) {
                const QChar s = scripted(a, c == u'^');
                if (s.isNull()) {
                    converted.clear();
                    break;
                }
                converted += s;
            }
            out += converted.isEmpty() && !argument.isEmpty() ? c + argument : converted;
        } else if (c == u'{' || c == u'}') {
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace

namespace LatexText {

QString toUnicode(const QString &text)
{
    if (!text.contains(u'$'))
        return text;
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'$', pos);
        if (open < 0)
            break;
        const bool display = text.mid(open, 2) == u"$$";
        const qsizetype close = text.indexOf(display ? QStringLiteral("$$") : QStringLiteral("$"),
                                             open + (display ? 2 : 1));
        if (close < 0)
            break; // an odd $ is just a dollar sign
        out += text.mid(pos, open - pos);
        out += convertMath(text.mid(open + (display ? 2 : 1), close - open - (display ? 2 : 1)));
        pos = close + (display ? 2 : 1);
    }
    return out + text.mid(pos);
}

} // namespace LatexText
