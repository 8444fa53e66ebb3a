def quick_train(model="yolov8n.pt", data="coco8.yaml", epochs=3):
    from ultralytics import YOLO

    return YOLO(model).train(data=data, epochs=epochs, imgsz=640)
