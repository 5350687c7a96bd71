"""The Streamlit dashboard (UI only: every computation is a library call)."""
