print("Visit the link in the description to claim your Robux!")
