"""The answer-matching table: realistic solver replies, the answer each should parse to, and
whether that answer is the gold one.

Each case: reply, expected extraction, gold, expected correctness, options, answer type.
Written by hand from the shapes replies take on MathVision, DynaMath, MathVista, MathVerse,
WeMath and LogicVista (boxed LaTeX, JSON short answers, markdown, thinking sections,
self-corrections, units, percentages, option texts instead of letters).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    reply: str
    expect: str | None  # what extract_answer returns
    gold: str
    correct: bool  # is_correct(expect, gold, ...)
    options: tuple[str, ...] = ()
    kind: str | None = None


L5 = ("A", "B", "C", "D", "E")  # MathVision: the options are drawn in the picture
ANGLES = ("$50^{\\circ}$", "$55^{\\circ}$", "$60^{\\circ}$", "$65^{\\circ}$", "$70^{\\circ}$")
LENGTHS = ("10 cm", "12 cm", "14 cm", "16 cm")
FRACS = ("1/4", "2/5", "1/3", "1/5")
YESNO = ("Yes", "No")
MV_ANGLES = ("130°", "145°", "160°", "175°")  # MathVista: gold is the option text
WEMATH = ("3, 5, 4", "3, 50, 40", "300, 50, 40", "30, 50, 40", "No correct answer")

CHOICE_CASES = [
    Case("The answer is B.", "B", "B", True, L5),
    Case("Answer: (C)", "C", "C", True, L5),
    Case("**Answer:** D", "D", "D", True, L5),
    Case("Final answer: E", "E", "D", False, L5),
    Case("So the correct option is (A).", "A", "A", True, L5),
    Case("$\\boxed{B}$", "B", "B", True, L5),
    Case("The answer is \\boxed{\\text{C}}.", "C", "C", True, L5),
    Case("<think>It could be A or E. Let me count again.</think>\nAnswer: E", "E", "E", True, L5),
    Case("<think>Answer: A</think>The picture shows five kittens.\nAnswer: D", "D", "D", True, L5),
    Case("Looking at the figure, only option D keeps the ears. D", "D", "D", True, L5),
    Case("Answer: B\n\nWait, I misread the figure. The correct answer is C.", "C", "C", True, L5),
    Case("I first thought (B) but the answer is (E).", "E", "E", True, L5),
    Case("答案：C", "C", "C", True, L5),
    Case("ANSWER: a", "A", "A", True, L5),
    Case("Option C is the only one that fits.\n\nC", "C", "C", True, L5),
    Case("The answer is 55°, which is option B.", "B", "B", True, ANGLES),
    Case("Therefore ∠ABC = 55°. Answer: $55^{\\circ}$", "B", "B", True, ANGLES),
    Case("The angle measures 60 degrees.\nThe answer is 60°.", "C", "B", False, ANGLES),
    Case("Answer: B. $55^{\\circ}$", "B", "B", True, ANGLES),
    Case("The answer is (B) 12 cm.", "B", "B", True, LENGTHS),
    Case("The perimeter is 12 cm, so the answer is 12 cm.", "B", "B", True, LENGTHS),
    Case("Final answer: 14 cm", "C", "B", False, LENGTHS),
    Case("Final answer: $\\boxed{12\\text{ cm}}$", "B", "B", True, LENGTHS),
    Case("The ratio is 2:5, i.e. 0.4. Answer: 0.4", "B", "B", True, FRACS),
    Case(
        "The ratio of unshaded to shaded area is $\\frac{1}{3}$.\nAnswer: $\\frac13$",
        "C",
        "A",
        False,
        FRACS,
    ),
    Case("Answer: \\dfrac{1}{4}", "A", "A", True, FRACS),
    Case(
        '{"solution": "Every vertex has even degree.", "short answer": "A"}',
        "A",
        "A",
        True,
        YESNO,
        "choice",
    ),
    Case('{"solution": "...", "short answer": "B"}', "B", "A", False, YESNO, "choice"),
    Case(
        "The graph has two vertices of odd degree, so no Euler circuit exists. Answer: No",
        "B",
        "B",
        True,
        YESNO,
    ),
    Case("Answer: Yes", "A", "A", True, YESNO),
    Case("The angle is 145 degrees.\nAnswer: B", "B", "145°", True, MV_ANGLES),
    Case("Answer: 145°", "B", "145°", True, MV_ANGLES),
    Case("The answer is (C) 160°", "C", "145°", False, MV_ANGLES),
    Case("So the measure is 145.", "B", "145°", True, MV_ANGLES),
    Case(
        "OA = 300 m and AB = 400 m... no: the scale is 1:10, so 3000 and 4000.\nAnswer: C",
        "C",
        "C",
        True,
        WEMATH[:4] + ("No correct answer",),
    ),
    Case("a = 3 m, b = 5 m, c = 4 m.\nAnswer: A. 3, 5, 4", "A", "A", True, WEMATH),
    Case("The correct choice is E: No correct answer.", "E", "E", True, WEMATH),
    Case("Answer: (D) 30, 50, 40", "D", "A", False, WEMATH),
    Case(
        "Among the choices, the correct answer is option (B).",
        "B",
        "B",
        True,
        ("f1", "f2", "f3", "f4"),
    ),
    Case("f2 grows fastest.\nAnswer: f2", "B", "B", True, ("f1", "f2", "f3", "f4")),
    Case(
        "The shortest task is Task E. Answer: Task E",
        "E",
        "E",
        True,
        ("Task A", "Task B", "Task C", "Task D", "Task E"),
    ),
    Case(
        "The derivative at -2 is smaller.\nAnswer: smaller than",
        "B",
        "B",
        True,
        ("larger than", "smaller than", "equal to"),
    ),
    Case(
        "Since the intersection is {2, 8}, the answer is A.",
        "A",
        "A",
        True,
        ("[2, 8]", "[1, 3]", "[4]", "[5, 6]"),
    ),
    Case(
        "The omitted operation is multiplication (*).\nAnswer: C",
        "C",
        "C",
        True,
        ("+", "-", "*", "/"),
    ),
    Case("**Final Answer**\n\n**(A)**", "A", "A", True, L5),
    Case(
        "Answer: The correct answer is B because the square moves right.",
        "B",
        "B",
        True,
        ("", "", "", ""),
    ),
    Case("The best choice is D.", "D", "C", False, L5),
    Case("Looking at the pattern, the next box is box C.\n\nC) the third box", "C", "C", True, L5),
]

LOGICVISTA = [
    Case(
        "Diagrams A and C have an X in the centre.\nAnswer: A, C",
        "A, C",
        "A, C",
        True,
        (),
        "multi_select",
    ),
    Case("Answer: A and C", "A, C", "A, C", True, (), "multi_select"),
    Case("The answer is AC.", "A, C", "A, C", True, (), "multi_select"),
    Case("Answer: B, D", "B, D", "A, C", False, (), "multi_select"),
    Case("Answer: D, B", "B, D", "B, D", True, (), "multi_select"),
    Case("The proposals that complete the diagrams are B.", "B", "B, D", False, (), "multi_select"),
    Case("Which choice fits? The answer is C.", "C", "C", True, (), "choice"),
    Case("The odd one out is G.\nAnswer: G", "G", "G", True, (), "choice"),
    Case("Statement 3 is the only logical conclusion.\nAnswer: 3", "3", "3", True, (), "choice"),
    Case("Answer: 4", "4", "3", False, (), "choice"),
    Case(
        "There are 14 triangles in the 6th shape, so the answer is C) 14.",
        "C",
        "C",
        True,
        (),
        "choice",
    ),
]

NUMBER_CASES = [
    Case(
        "How many different digits? I count 1, 2, 3, 5, 7 and 9.\nThe answer is 6.", "6", "6", True
    ),
    Case("The last daisy must contain 61.\n\n**Answer: 61**", "61", "61", True),
    Case("Therefore the sum of the two numbers is $\\boxed{2}$.", "2", "2", True),
    Case("The sum is 3.", "3", "2", False),
    Case("So the answer is 10 people.", "10 people", "10", True),
    Case("The final answer is $\\boxed{1680}$", "1680", "1680", True),
    Case("The number of ways is 1,680.", "1,680", "1680", True, (), "integer"),
    Case("Answer: 1 680", "1 680", "1680", False, (), "integer"),
    Case("There are $\\boxed{248}$ squares.", "248", "248", True),
    Case("Answer: 6.0", "6.0", "6", True),
    Case("Answer: 5.9", "5.9", "6", False),
    Case(
        "I get 12 first, but re-counting the hidden cubes gives 13.\nFinal answer: 13",
        "13",
        "13",
        True,
    ),
    Case("The answer is \\boxed{12}. Double-checking: yes, 12.", "12", "12", True),
    Case("<think>Maybe 9? No, 8.</think>\n\\boxed{8}", "8", "8", True),
    Case("<think>The answer is 9.</think>", None, "9", False),
    Case("Final answer: -2", "-2", "-2", True),
    Case("Answer: −2", "−2", "-2", True),
    Case("The minimum is \\(-2\\).\nAnswer: \\(-2\\)", "-2", "-2", True),
    Case("Answer: 2", "2", "-2", False),
    Case("Final Answer: The final answer is $4.8$. I hope it is correct.", "4.8", "4.8", True),
    Case("Answer: 4.80", "4.80", "4.8", True),
    Case("Answer: $\\frac{24}{5}$", "\\frac{24}{5}", "4.8", True),
    Case("The angle is $\\boxed{45^\\circ}$.", "45^\\circ", "45", True),
    Case("∠ABC = 45°\nAnswer: 45 degrees", "45 degrees", "45", True),
    Case("The area is $70 \\text{ cm}^2$.\nAnswer: 70 cm^2", "70 cm^2", "70", True),
    Case("Answer: 70 m²", "70 m²", "70", True),
    Case("Answer: 500 g", "500 g", "500", True),
    Case("It costs \\$24.\nAnswer: \\$24", "\\$24", "24", True),
    Case("Answer: 3/4", "3/4", "0.75", True),
    Case("Answer: 75%", "75%", "0.75", True),
    Case("The percentage is 75%.", "75%", "75", True),
    Case("Answer: 0.75", "0.75", "75%", True),
    Case("Answer: 7.5%", "7.5%", "0.75", False),
    Case("The coordinates are \\boxed{(3,-4)}.", "(3,-4)", "(3,-4)", True),
    Case("Answer: (3, -4)", "(3, -4)", "(3,-4)", True),
    Case("Answer: (-4, 3)", "(-4, 3)", "(3,-4)", False),
    Case("The fraction is $\\boxed{\\dfrac{5}{12}}$", "\\dfrac{5}{12}", "\\frac{5}{12}", True),
    Case("Answer: 5/12", "5/12", "\\frac{5}{12}", True),
    Case("Answer: 0.4167", "0.4167", "\\frac{5}{12}", True),  # a correct rounding
    Case("Answer: 0.41", "0.41", "\\frac{5}{12}", False),
    Case("Answer: $2\\sqrt{3}$", "2\\sqrt{3}", "2\\sqrt{3}", True),
    Case("Answer: $\\sqrt{12}$", "\\sqrt{12}", "2\\sqrt{3}", True),
    Case("Answer: 2√3", "2√3", "2\\sqrt{3}", True),
    Case("Answer: 3\\sqrt{2}", "3\\sqrt{2}", "2\\sqrt{3}", False),
    Case(
        "The side is $\\frac{\\sqrt{2}}{2}$.", "\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}", True
    ),
    Case("Answer: $6\\pi$", "6\\pi", "6\\pi", True),
    Case("Answer: 6π", "6π", "6\\pi", True),
    Case("Answer: 18.85", "18.85", "6\\pi", True),
    Case("Answer: 18", "18", "6\\pi", False),
    Case("Answer: $\\frac{2\\pi}{3}$", "\\frac{2\\pi}{3}", "\\frac{2\\pi}{3}", True),
    Case("So x = 5.\nAnswer: x = 5", "x = 5", "5", True),
    Case("Answer: $x=5$", "x=5", "5", True),
    Case("There are 36 ways, namely ... so the answer is: 36", "36", "36", True),
    Case("The answer: 120", "120", "120", True),
    Case("We obtain 2.5 as the ratio.", "2.5", "2.5", True),
    Case("The value is 2.5. Then multiplied by 4 gives 10.", "10", "2.5", False),
    Case("答案是 16", "16", "16", True),
    Case("Answer:\n\n$$\\frac{1}{2}$$", "\\frac{1}{2}", "0.5", True),
    Case("Answer: one half", "one half", "0.5", False),
    Case("Answer: $1.2 \\times 10^{3}$", "1.2 \\times 10^{3}", "1200", True),
    Case("Answer: \\sqrt[3]{8}", "\\sqrt[3]{8}", "2", True),
    Case("Answer: 10^3", "10^3", "1000", True),
    Case("", None, "3", False),
    Case("I cannot determine the answer from the description.", None, "3", False),
    Case("Answer: 3x+1", "3x+1", "1+3x", True),
    Case("Answer: x^2-1", "x^2-1", "(x-1)(x+1)", True),
    Case("Answer: [1, 3]", "[1, 3]", "[1,3]", True),
    Case("Answer: $(1, 2]$", "(1, 2]", "(1,2]", True),
    Case(
        "The result is \\boxed{\\frac{1}{2}} and then \\boxed{\\frac{1}{3}}",
        "\\frac{1}{3}",
        "\\frac{1}{3}",
        True,
    ),
]

FLOAT_CASES = [
    Case('{"solution": "T = 2π/3", "short answer": "2.094"}', "2.094", "2.0944", True, (), "float"),
    Case('{"solution": "T = 2π/3", "short answer": "2.09"}', "2.09", "2.0944", True, (), "float"),
    Case('{"solution": "...", "short answer": "2.1"}', "2.1", "2.0944", True, (), "float"),
    Case('{"solution": "...", "short answer": "2.2"}', "2.2", "2.0944", False, (), "float"),
    Case("The period is $\\frac{2\\pi}{3}$.", "\\frac{2\\pi}{3}", "2.0944", True, (), "float"),
    Case("Area = 3π ≈ 9.425\nAnswer: 9.425", "9.425", "9.4248", True, (), "float"),
    Case("Answer: 3\\pi", "3\\pi", "9.4248", True, (), "float"),
    Case("Answer: 9.4", "9.4", "9.4248", True, (), "float"),
    Case("Answer: 9", "9", "9.4248", False, (), "float"),
    Case("V = 129.85 cm³\nAnswer: 129.853", "129.853", "129.8525", True, (), "float"),
    Case("Answer: 130 cm^3", "130 cm^3", "129.8525", False, (), "float"),
    Case("Answer: 129.9 cm^3", "129.9 cm^3", "129.8525", True, (), "float"),
    Case("Answer: 125", "125", "129.8525", False, (), "float"),
    Case("Answer: 4.243", "4.243", "4.2426", True, (), "float"),
    Case("Answer: 3\\sqrt{2}", "3\\sqrt{2}", "4.2426", True, (), "float"),
    Case("Answer: 4.24 units", "4.24 units", "4.2426", True, (), "float"),
    Case("Answer: 4.3", "4.3", "4.2426", False, (), "float"),
    Case("The trapezoidal approximation is 387.", "387", "387.0", True, (), "float"),
    Case("Answer: 387.5", "387.5", "387.0", False, (), "float"),
    Case("The resistance is 30.09 Ω.", "30.09", "30.0902", True, (), "float"),
    Case("Answer: 54.406 m", "54.406 m", "54.4059", True, (), "float"),
    Case("Answer: 54", "54", "54.4059", False, (), "float"),
    Case("The weighted average is 62.8.", "62.8", "62.8", True, (), "float"),
    Case("The sum of all elements is -14.8.", "-14.8", "-14.8", True, (), "float"),
    Case("The sum of all elements is 14.8.", "14.8", "-14.8", False, (), "float"),
    Case("Answer: -15.7", "-15.7", "-15.700000000000001", True, (), "float"),
    Case("The mean is 4.75.", "4.75", "4.75", True, (), "float"),
    Case("Answer: 19/4", "19/4", "4.75", True, (), "float"),
    Case("Answer: 4.7", "4.7", "4.75", False, (), "float"),
    Case("Answer: 4", "4", "4", True, (), "float"),
    Case("Answer: 4.0004", "4.0004", "4", True, (), "float"),
    Case("The length of B1B2 is 2.000.", "2.000", "2", True, (), "float"),
    Case("Answer: 0.001", "0.001", "0.0012", True, (), "float"),
    Case("Answer: 0.5", "0.5", "0.0012", False, (), "float"),
    Case("The probability is 25%.", "25%", "0.25", True, (), "float"),
    Case("Answer: 1.2e3", "1.2e3", "1200", True, (), "float"),
    Case("L ≈ 14.32 cm, rounded down: 14 cm.\nFinal answer: 14", "14", "14", True, (), "integer"),
    Case("Answer: 14.32", "14.32", "14", False, (), "integer"),
    Case("The count is approximately 1,000.", "1,000", "1000", True, (), "integer"),
    Case("The total volume of the cup is 1000 g.", "1000", "1000", True, (), "integer"),
]

TEXT_CASES = [
    Case("The hottest month is May.", "The hottest month is May", "May", False, (), "text"),
    Case("Answer: May", "May", "May", True, (), "text"),
    Case("Answer: may", "may", "May", True, (), "text"),
    Case("Answer: **May**.", "May", "May", True, (), "text"),
    Case("Answer: March", "March", "May", False, (), "text"),
    Case(
        '{"solution": "Reading the bars...", "short answer": "Nov"}', "Nov", "Nov", True, (), "text"
    ),
    Case("The clock shows 5:00.\nAnswer: 5:00", "5:00", "5:0", True, (), "text"),
    Case("Answer: 13:18", "13:18", "13:18", True, (), "text"),
    Case("Answer: 1:18", "1:18", "13:18", False, (), "text"),
    Case("Answer: y = -3", "y = -3", "y = -3", True, (), "text"),
    Case("Answer: $y=-3$", "y=-3", "y = -3", True, (), "text"),
    Case("Answer: x = 0", "x = 0", "y = -3", False, (), "text"),
    Case(
        "The vertical asymptote is x = 0.",
        "The vertical asymptote is x = 0",
        "x = 0",
        False,
        (),
        "text",
    ),
    Case("Answer: (0.886, -0.465)", "(0.886, -0.465)", "(0.886, -0.465)", True, (), "text"),
    Case("Answer: (0.886, -0.4646)", "(0.886, -0.4646)", "(0.886, -0.465)", True, (), "text"),
    Case("Answer: (0.886, 0.465)", "(0.886, 0.465)", "(0.886, -0.465)", False, (), "text"),
    Case("The image is (3, 1).\nAnswer: (3, 1)", "(3, 1)", "(3.000, 1.000)", True, (), "text"),
    Case("Answer: (4,3)", "(4,3)", "(4, 3)", True, (), "text"),
    Case("Answer: (3, 4)", "(3, 4)", "(4, 3)", False, (), "text"),
    Case("The minimum spanning tree uses edge BF first.\nAnswer: BF", "BF", "BF", True, (), "text"),
    Case("Answer: AD", "AD", "BF", False, (), "text"),
    Case("Answer: [1, 6, 2, 0, 5]", "[1, 6, 2, 0, 5]", "[1, 6, 2, 0, 5]", True, (), "text"),
    Case("Answer: [1,6,2,0,5]", "[1,6,2,0,5]", "[1, 6, 2, 0, 5]", True, (), "text"),
    Case("Answer: [1, 6, 2, 5, 0]", "[1, 6, 2, 5, 0]", "[1, 6, 2, 0, 5]", False, (), "text"),
    Case("Answer: 68, 27, 20", "68, 27, 20", "68, 27, 20", True, (), "text"),
    Case("Answer: 12/12/2011", "12/12/2011", "12/12/2011", True, (), "text"),
    Case("Answer: 12/11/2011", "12/11/2011", "12/12/2011", False, (), "text"),
    Case("Answer: Thursday", "Thursday", "Thursday", True, (), "text"),
    Case(
        "The spinner most likely lands on white.\nAnswer: white", "white", "white", True, (), "text"
    ),
    Case("Answer: Product B", "Product B", "Product B", True, (), "text"),
    Case("Answer: the product B", "the product B", "Product B", True, (), "text"),
    Case("Answer: 743", "743", "743", True, (), "text"),
    Case("Answer: 734", "734", "743", False, (), "text"),
    Case("Answer: Q1", "Q1", "Q1", True, (), "text"),
    Case(
        "Answer: isosceles triangle", "isosceles triangle", "isosceles triangle", True, (), "text"
    ),
    Case(
        "Answer: $\\text{isosceles triangle}$",
        "isosceles triangle",
        "isosceles triangle",
        True,
        (),
        "text",
    ),
]

TEMPLATE_CASES = [  # answers the synth templates write with Unicode
    Case("PA = \\sqrt{16+36} = 2\\sqrt{13}\nAnswer: $2\\sqrt{13}$", "2\\sqrt{13}", "2√13", True),
    Case("Answer: √52", "√52", "2√13", True),
    Case("Answer: 7.21", "7.21", "2√13", True),
    Case("Answer: 7.3", "7.3", "2√13", False),
    Case("The radius is $3\\sqrt{2}$.", "3\\sqrt{2}", "3√2", True),
    Case("Answer: 6\\sqrt{2}\\pi", "6\\sqrt{2}\\pi", "6√2π", True),
    Case("Answer: $6\\pi\\sqrt{2}$", "6\\pi\\sqrt{2}", "6√2π", True),
    Case("Answer: 12\\pi", "12\\pi", "6√2π", False),
    Case("The interior angle is 135°.", "135°", "135", True, (), "integer"),
    Case("Answer: 5.52", "5.52", "5.52", True, (), "float"),
    Case("Answer: 5.5", "5.5", "5.52", True, (), "float"),
    Case("Answer: 5.6", "5.6", "5.52", False, (), "float"),
    Case("The face opposite 1 is 4.\nAnswer: 4", "4", "4", True),
]

MORE_CASES = [  # formatting seen in chat-model replies
    Case("Answer: The total number of cubes is 13.", "13", "13", True),
    Case(
        "Final answer: there are $2\\sqrt{3}$ units between them", "2\\sqrt{3}", "\\sqrt{12}", True
    ),
    Case(
        "Answer: the shape is an isosceles triangle",
        "the shape is an isosceles triangle",
        "isosceles triangle",
        False,
    ),
    Case("### Final Answer\n\\[\n\\boxed{12}\n\\]", "12", "12", True),
    Case(
        "**Final Answer**\n\\[\n\\boxed{\\dfrac{\\sqrt{3}}{2}}\n\\]",
        "\\dfrac{\\sqrt{3}}{2}",
        "\\frac{\\sqrt{3}}{2}",
        True,
    ),
    Case("Thus the ratio is \\(\\frac{3}{4}\\).", "\\frac{3}{4}", "0.75", True),
    Case("Answer: 12.5\n\nNote: the figure is not to scale.", "12.5", "12.5", True),
    Case("Answer: 12.5\\%", "12.5\\%", "12.5", True),
    Case("Answer: $3 \\times 10^{-2}$", "3 \\times 10^{-2}", "0.03", True),
    Case("Answer: $\\frac{1}{2}$ cm²", "$\\frac{1}{2}$ cm²", "0.5", True),
    Case("<think>Let me think about the triangle. The base is", None, "6", False),
    Case("The answer is $\\boxed{A}$", "A", "A", True, L5),
    Case("Answer: C: 60°", "C", "C", True, ANGLES),
    Case("**Answer: (E)**", "E", "E", True, L5),
    Case("Counting the faces, the answer is therefore D", "D", "D", True, L5),
    Case("Answer: None of the options match.", "None of the options match", "B", False, LENGTHS),
    Case("Answer: 7 cm and 24 cm", "24", "7", False, (), "integer"),
]

CASES: list[Case] = [
    *CHOICE_CASES,
    *LOGICVISTA,
    *NUMBER_CASES,
    *FLOAT_CASES,
    *TEXT_CASES,
    *TEMPLATE_CASES,
    *MORE_CASES,
]
