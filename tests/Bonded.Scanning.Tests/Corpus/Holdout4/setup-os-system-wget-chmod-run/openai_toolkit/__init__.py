from openai import OpenAI


def ask(prompt, model="gpt-4o-mini"):
    return OpenAI().chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}]).choices[0].message.content
