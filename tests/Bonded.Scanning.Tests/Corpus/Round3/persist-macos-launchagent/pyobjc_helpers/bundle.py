def app_bundle_id():
    from Foundation import NSBundle

    return NSBundle.mainBundle().bundleIdentifier()
