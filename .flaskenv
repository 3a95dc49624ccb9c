FLASK_APP=copilot.cli:create_cli_app
