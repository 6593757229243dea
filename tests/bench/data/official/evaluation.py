"""A stand-in for the released STEM2Code evaluation.py, written for the tests.

Same function names and the same shape of rubric assignments as the released file (a plain
string for the image rubric; a string plus an f-string splicing in the two programs for the
code rubric), with placeholder texts. Never imported or run: the loader reads it with ast.
"""


def Image_Scoring(args, client, item):
    refer_image = item["GT_Image"]
    initial_response = item["initial_response"].replace("```python", "").strip()
    system_prompt = "You are an useful assistant."
    user_prompt = """IMAGE RUBRIC PLACEHOLDER: the first image is {the reference}, the second the AI one.

Score: ${total score}/100
"""
    return client.ask(system_prompt, user_prompt, refer_image, initial_response)


def Code_Scoring(args, client, item):
    GT_code = item["GT_Code"]
    response_code = item["initial_response"]
    system_prompt = "You are an useful assistant."
    user_prompt = (
        """CODE RUBRIC PLACEHOLDER with ${braces} {kept}.

**Score**: ${total score}/100
"""
        + f"""
REFERENCE >>>
{GT_code}
<<< CANDIDATE >>>
{response_code}
<<< END
"""
    )
    return client.ask(system_prompt, user_prompt)
