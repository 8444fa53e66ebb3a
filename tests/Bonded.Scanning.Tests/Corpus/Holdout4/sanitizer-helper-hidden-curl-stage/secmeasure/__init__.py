from .sanitize import strip_html, escape_sql, remove_control_chars
