/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getSeriesInstanceUid <em>Series Instance Uid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getOriginMm <em>Origin Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getSpacingMm <em>Spacing Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getRowDirection <em>Row Direction</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getColumnDirection <em>Column Direction</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getSliceDirection <em>Slice Direction</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getRows <em>Rows</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getSopInstanceUids <em>Sop Instance Uids</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getVoxelUnit <em>Voxel Unit</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getVoxelFile <em>Voxel File</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getVoxelSha256 <em>Voxel Sha256</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImageSeriesImpl#getVoxels <em>Voxels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageSeriesImpl extends MinimalEObjectImpl.Container implements ImageSeries {
	/**
	 * The default value of the '{@link #getSeriesInstanceUid() <em>Series Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIES_INSTANCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeriesInstanceUid() <em>Series Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected String seriesInstanceUid = SERIES_INSTANCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected String modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameOfReferenceUid() <em>Frame Of Reference Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameOfReferenceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String FRAME_OF_REFERENCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrameOfReferenceUid() <em>Frame Of Reference Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameOfReferenceUid()
	 * @generated
	 * @ordered
	 */
	protected String frameOfReferenceUid = FRAME_OF_REFERENCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOriginMm() <em>Origin Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> originMm;

	/**
	 * The cached value of the '{@link #getSpacingMm() <em>Spacing Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacingMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> spacingMm;

	/**
	 * The cached value of the '{@link #getRowDirection() <em>Row Direction</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowDirection()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> rowDirection;

	/**
	 * The cached value of the '{@link #getColumnDirection() <em>Column Direction</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDirection()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> columnDirection;

	/**
	 * The cached value of the '{@link #getSliceDirection() <em>Slice Direction</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSliceDirection()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> sliceDirection;

	/**
	 * The default value of the '{@link #getColumns() <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMNS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected int columns = COLUMNS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRows() <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected static final int ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRows() <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected int rows = ROWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlices() <em>Slices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlices()
	 * @generated
	 * @ordered
	 */
	protected static final int SLICES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlices() <em>Slices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlices()
	 * @generated
	 * @ordered
	 */
	protected int slices = SLICES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSopInstanceUids() <em>Sop Instance Uids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSopInstanceUids()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sopInstanceUids;

	/**
	 * The default value of the '{@link #getVoxelUnit() <em>Voxel Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxelUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String VOXEL_UNIT_EDEFAULT = "HU";

	/**
	 * The cached value of the '{@link #getVoxelUnit() <em>Voxel Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxelUnit()
	 * @generated
	 * @ordered
	 */
	protected String voxelUnit = VOXEL_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVoxelFile() <em>Voxel File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxelFile()
	 * @generated
	 * @ordered
	 */
	protected static final String VOXEL_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVoxelFile() <em>Voxel File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxelFile()
	 * @generated
	 * @ordered
	 */
	protected String voxelFile = VOXEL_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVoxelSha256() <em>Voxel Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxelSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String VOXEL_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVoxelSha256() <em>Voxel Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxelSha256()
	 * @generated
	 * @ordered
	 */
	protected String voxelSha256 = VOXEL_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getVoxels() <em>Voxels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxels()
	 * @generated
	 * @ordered
	 */
	protected static final short[] VOXELS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVoxels() <em>Voxels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoxels()
	 * @generated
	 * @ordered
	 */
	protected short[] voxels = VOXELS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.IMAGE_SERIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeriesInstanceUid() {
		return seriesInstanceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriesInstanceUid(String newSeriesInstanceUid) {
		String oldSeriesInstanceUid = seriesInstanceUid;
		seriesInstanceUid = newSeriesInstanceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__SERIES_INSTANCE_UID, oldSeriesInstanceUid, seriesInstanceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(String newModality) {
		String oldModality = modality;
		modality = newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrameOfReferenceUid() {
		return frameOfReferenceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameOfReferenceUid(String newFrameOfReferenceUid) {
		String oldFrameOfReferenceUid = frameOfReferenceUid;
		frameOfReferenceUid = newFrameOfReferenceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__FRAME_OF_REFERENCE_UID, oldFrameOfReferenceUid, frameOfReferenceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getOriginMm() {
		if (originMm == null) {
			originMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.IMAGE_SERIES__ORIGIN_MM);
		}
		return originMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSpacingMm() {
		if (spacingMm == null) {
			spacingMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.IMAGE_SERIES__SPACING_MM);
		}
		return spacingMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getRowDirection() {
		if (rowDirection == null) {
			rowDirection = new EDataTypeEList<Double>(Double.class, this, ModelPackage.IMAGE_SERIES__ROW_DIRECTION);
		}
		return rowDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getColumnDirection() {
		if (columnDirection == null) {
			columnDirection = new EDataTypeEList<Double>(Double.class, this, ModelPackage.IMAGE_SERIES__COLUMN_DIRECTION);
		}
		return columnDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSliceDirection() {
		if (sliceDirection == null) {
			sliceDirection = new EDataTypeEList<Double>(Double.class, this, ModelPackage.IMAGE_SERIES__SLICE_DIRECTION);
		}
		return sliceDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumns() {
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumns(int newColumns) {
		int oldColumns = columns;
		columns = newColumns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__COLUMNS, oldColumns, columns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRows() {
		return rows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRows(int newRows) {
		int oldRows = rows;
		rows = newRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__ROWS, oldRows, rows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlices() {
		return slices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlices(int newSlices) {
		int oldSlices = slices;
		slices = newSlices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__SLICES, oldSlices, slices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSopInstanceUids() {
		if (sopInstanceUids == null) {
			sopInstanceUids = new EDataTypeEList<String>(String.class, this, ModelPackage.IMAGE_SERIES__SOP_INSTANCE_UIDS);
		}
		return sopInstanceUids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVoxelUnit() {
		return voxelUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoxelUnit(String newVoxelUnit) {
		String oldVoxelUnit = voxelUnit;
		voxelUnit = newVoxelUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__VOXEL_UNIT, oldVoxelUnit, voxelUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVoxelFile() {
		return voxelFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoxelFile(String newVoxelFile) {
		String oldVoxelFile = voxelFile;
		voxelFile = newVoxelFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__VOXEL_FILE, oldVoxelFile, voxelFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVoxelSha256() {
		return voxelSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoxelSha256(String newVoxelSha256) {
		String oldVoxelSha256 = voxelSha256;
		voxelSha256 = newVoxelSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__VOXEL_SHA256, oldVoxelSha256, voxelSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public short[] getVoxels() {
		return voxels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoxels(short[] newVoxels) {
		short[] oldVoxels = voxels;
		voxels = newVoxels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_SERIES__VOXELS, oldVoxels, voxels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				return getSeriesInstanceUid();
			case ModelPackage.IMAGE_SERIES__MODALITY:
				return getModality();
			case ModelPackage.IMAGE_SERIES__FRAME_OF_REFERENCE_UID:
				return getFrameOfReferenceUid();
			case ModelPackage.IMAGE_SERIES__DESCRIPTION:
				return getDescription();
			case ModelPackage.IMAGE_SERIES__ORIGIN_MM:
				return getOriginMm();
			case ModelPackage.IMAGE_SERIES__SPACING_MM:
				return getSpacingMm();
			case ModelPackage.IMAGE_SERIES__ROW_DIRECTION:
				return getRowDirection();
			case ModelPackage.IMAGE_SERIES__COLUMN_DIRECTION:
				return getColumnDirection();
			case ModelPackage.IMAGE_SERIES__SLICE_DIRECTION:
				return getSliceDirection();
			case ModelPackage.IMAGE_SERIES__COLUMNS:
				return getColumns();
			case ModelPackage.IMAGE_SERIES__ROWS:
				return getRows();
			case ModelPackage.IMAGE_SERIES__SLICES:
				return getSlices();
			case ModelPackage.IMAGE_SERIES__SOP_INSTANCE_UIDS:
				return getSopInstanceUids();
			case ModelPackage.IMAGE_SERIES__VOXEL_UNIT:
				return getVoxelUnit();
			case ModelPackage.IMAGE_SERIES__VOXEL_FILE:
				return getVoxelFile();
			case ModelPackage.IMAGE_SERIES__VOXEL_SHA256:
				return getVoxelSha256();
			case ModelPackage.IMAGE_SERIES__VOXELS:
				return getVoxels();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				setSeriesInstanceUid((String)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__MODALITY:
				setModality((String)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__FRAME_OF_REFERENCE_UID:
				setFrameOfReferenceUid((String)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__ORIGIN_MM:
				getOriginMm().clear();
				getOriginMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__SPACING_MM:
				getSpacingMm().clear();
				getSpacingMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__ROW_DIRECTION:
				getRowDirection().clear();
				getRowDirection().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__COLUMN_DIRECTION:
				getColumnDirection().clear();
				getColumnDirection().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__SLICE_DIRECTION:
				getSliceDirection().clear();
				getSliceDirection().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__COLUMNS:
				setColumns((Integer)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__ROWS:
				setRows((Integer)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__SLICES:
				setSlices((Integer)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__SOP_INSTANCE_UIDS:
				getSopInstanceUids().clear();
				getSopInstanceUids().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__VOXEL_UNIT:
				setVoxelUnit((String)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__VOXEL_FILE:
				setVoxelFile((String)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__VOXEL_SHA256:
				setVoxelSha256((String)newValue);
				return;
			case ModelPackage.IMAGE_SERIES__VOXELS:
				setVoxels((short[])newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				setSeriesInstanceUid(SERIES_INSTANCE_UID_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__FRAME_OF_REFERENCE_UID:
				setFrameOfReferenceUid(FRAME_OF_REFERENCE_UID_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__ORIGIN_MM:
				getOriginMm().clear();
				return;
			case ModelPackage.IMAGE_SERIES__SPACING_MM:
				getSpacingMm().clear();
				return;
			case ModelPackage.IMAGE_SERIES__ROW_DIRECTION:
				getRowDirection().clear();
				return;
			case ModelPackage.IMAGE_SERIES__COLUMN_DIRECTION:
				getColumnDirection().clear();
				return;
			case ModelPackage.IMAGE_SERIES__SLICE_DIRECTION:
				getSliceDirection().clear();
				return;
			case ModelPackage.IMAGE_SERIES__COLUMNS:
				setColumns(COLUMNS_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__ROWS:
				setRows(ROWS_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__SLICES:
				setSlices(SLICES_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__SOP_INSTANCE_UIDS:
				getSopInstanceUids().clear();
				return;
			case ModelPackage.IMAGE_SERIES__VOXEL_UNIT:
				setVoxelUnit(VOXEL_UNIT_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__VOXEL_FILE:
				setVoxelFile(VOXEL_FILE_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__VOXEL_SHA256:
				setVoxelSha256(VOXEL_SHA256_EDEFAULT);
				return;
			case ModelPackage.IMAGE_SERIES__VOXELS:
				setVoxels(VOXELS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				return SERIES_INSTANCE_UID_EDEFAULT == null ? seriesInstanceUid != null : !SERIES_INSTANCE_UID_EDEFAULT.equals(seriesInstanceUid);
			case ModelPackage.IMAGE_SERIES__MODALITY:
				return MODALITY_EDEFAULT == null ? modality != null : !MODALITY_EDEFAULT.equals(modality);
			case ModelPackage.IMAGE_SERIES__FRAME_OF_REFERENCE_UID:
				return FRAME_OF_REFERENCE_UID_EDEFAULT == null ? frameOfReferenceUid != null : !FRAME_OF_REFERENCE_UID_EDEFAULT.equals(frameOfReferenceUid);
			case ModelPackage.IMAGE_SERIES__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.IMAGE_SERIES__ORIGIN_MM:
				return originMm != null && !originMm.isEmpty();
			case ModelPackage.IMAGE_SERIES__SPACING_MM:
				return spacingMm != null && !spacingMm.isEmpty();
			case ModelPackage.IMAGE_SERIES__ROW_DIRECTION:
				return rowDirection != null && !rowDirection.isEmpty();
			case ModelPackage.IMAGE_SERIES__COLUMN_DIRECTION:
				return columnDirection != null && !columnDirection.isEmpty();
			case ModelPackage.IMAGE_SERIES__SLICE_DIRECTION:
				return sliceDirection != null && !sliceDirection.isEmpty();
			case ModelPackage.IMAGE_SERIES__COLUMNS:
				return columns != COLUMNS_EDEFAULT;
			case ModelPackage.IMAGE_SERIES__ROWS:
				return rows != ROWS_EDEFAULT;
			case ModelPackage.IMAGE_SERIES__SLICES:
				return slices != SLICES_EDEFAULT;
			case ModelPackage.IMAGE_SERIES__SOP_INSTANCE_UIDS:
				return sopInstanceUids != null && !sopInstanceUids.isEmpty();
			case ModelPackage.IMAGE_SERIES__VOXEL_UNIT:
				return VOXEL_UNIT_EDEFAULT == null ? voxelUnit != null : !VOXEL_UNIT_EDEFAULT.equals(voxelUnit);
			case ModelPackage.IMAGE_SERIES__VOXEL_FILE:
				return VOXEL_FILE_EDEFAULT == null ? voxelFile != null : !VOXEL_FILE_EDEFAULT.equals(voxelFile);
			case ModelPackage.IMAGE_SERIES__VOXEL_SHA256:
				return VOXEL_SHA256_EDEFAULT == null ? voxelSha256 != null : !VOXEL_SHA256_EDEFAULT.equals(voxelSha256);
			case ModelPackage.IMAGE_SERIES__VOXELS:
				return VOXELS_EDEFAULT == null ? voxels != null : !VOXELS_EDEFAULT.equals(voxels);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (seriesInstanceUid: ");
		result.append(seriesInstanceUid);
		result.append(", modality: ");
		result.append(modality);
		result.append(", frameOfReferenceUid: ");
		result.append(frameOfReferenceUid);
		result.append(", description: ");
		result.append(description);
		result.append(", originMm: ");
		result.append(originMm);
		result.append(", spacingMm: ");
		result.append(spacingMm);
		result.append(", rowDirection: ");
		result.append(rowDirection);
		result.append(", columnDirection: ");
		result.append(columnDirection);
		result.append(", sliceDirection: ");
		result.append(sliceDirection);
		result.append(", columns: ");
		result.append(columns);
		result.append(", rows: ");
		result.append(rows);
		result.append(", slices: ");
		result.append(slices);
		result.append(", sopInstanceUids: ");
		result.append(sopInstanceUids);
		result.append(", voxelUnit: ");
		result.append(voxelUnit);
		result.append(", voxelFile: ");
		result.append(voxelFile);
		result.append(", voxelSha256: ");
		result.append(voxelSha256);
		result.append(", voxels: ");
		result.append(voxels);
		result.append(')');
		return result.toString();
	}

} //ImageSeriesImpl
