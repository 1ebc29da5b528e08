#include "render/latextext.h"

#include <QTest>

class TestLatexText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toUnicode_data();
    void toUnicode();
};

void TestLatexText::toUnicode_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shown");
    QTest::newRow("superscript") << "M$^{2}$UGen: Music" << QStringLiteral("M²UGen: Music");
    QTest::newRow("sim") << "in $\\sim$20 Seconds" << QStringLiteral("in ~20 Seconds");
    QTest::newRow("times") << "2$\\times$ faster" << QStringLiteral("2× faster");
    QTest::newRow("greek") << "PanGu-$\\pi$: Enhancing" << QStringLiteral("PanGu-π: Enhancing");
    QTest::newRow("lambda") << "$λ$-ECLIPSE" << QStringLiteral("λ-ECLIPSE");
    QTest::newRow("subscript") << "$L_2$ Norm" << QStringLiteral("L₂ Norm");
    QTest::newRow("text command") << "$\\textit{Trans-LoRA}$: towards"
                                  << QStringLiteral("Trans-LoRA: towards");
    QTest::newRow("nabla power") << "$\\nabla^2$DFT" << QStringLiteral("∇²DFT");
    QTest::newRow("unknown command kept") << "$\\frob$ x" << QStringLiteral("\\frob x");
    QTest::newRow("no math") << "Plain Title" << QStringLiteral("Plain Title");
    QTest::newRow("lone dollar") << "Costs $5 only" << QStringLiteral("Costs $5 only");
    QTest::newRow("superscript letters kept") << "x$^{T}$y" << QStringLiteral("x^Ty");
}

void TestLatexText::toUnicode()
{
    QFETCH(QString, title);
    QFETCH(QString, shown);
    QCOMPARE(LatexText::toUnicode(title), shown);
}

QTEST_GUILESS_MAIN(TestLatexText)
#include "tst_latextext.moc"
