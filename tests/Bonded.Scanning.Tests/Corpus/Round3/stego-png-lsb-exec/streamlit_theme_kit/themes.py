PRESETS = {
    "dusk": {"primaryColor": "#ff4b4b", "backgroundColor": "#0e1117", "textColor": "#fafafa"},
    "paper": {"primaryColor": "#1f77b4", "backgroundColor": "#ffffff", "textColor": "#31333f"},
}


def apply(name):
    import streamlit as st

    css = "".join("--%s:%s;" % kv for kv in PRESETS[name].items())
    st.markdown("<style>:root{%s}</style>" % css, unsafe_allow_html=True)
